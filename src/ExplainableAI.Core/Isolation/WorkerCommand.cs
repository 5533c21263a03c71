namespace ExplainableAI.Core;

/// <summary>The program and leading arguments that start a plugin process (for <c>xai</c>: itself with <c>plugin-worker</c>).</summary>
/// <param name="FileName">The executable.</param>
/// <param name="Arguments">Its leading arguments.</param>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Arguments);
