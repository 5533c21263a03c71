namespace ExplainableAI.Core;

/// <summary>The identity of a dataset used by the audit.</summary>
/// <param name="Role"><c>evaluation</c> or <c>reference</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Path">Source file.</param>
/// <param name="Sha256">SHA-256 of the file.</param>
/// <param name="Rows">Number of rows.</param>
/// <param name="Columns">Number of columns.</param>
/// <param name="MissingCells">Number of missing cells.</param>
public sealed record DatasetRecord(string Role, string Name, string? Path, string? Sha256, int Rows, int Columns, long MissingCells);
