namespace ExplainableAI.Cli;

/// <summary>Where the command writes its normal output (stdout in the real program, a buffer in tests).</summary>
/// <param name="Writer">The writer.</param>
internal sealed record ConsoleOutput(TextWriter Writer);
