namespace ExplainableAI.Reporting;

/// <summary>One rendered file of a report set.</summary>
/// <param name="Name">Its name in the output folder.</param>
/// <param name="Content">Its bytes.</param>
public sealed record RenderedFile(string Name, ReadOnlyMemory<byte> Content);
