namespace ExplainableAI.Registry;

/// <summary>A dataset a recorded run used.</summary>
/// <param name="Role"><c>evaluation</c> or <c>reference</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Path">Source file, if known.</param>
/// <param name="Sha256">SHA-256 of the file, if known.</param>
/// <param name="Rows">Rows.</param>
/// <param name="Columns">Columns.</param>
public sealed record RecordedDataset(string Role, string Name, string? Path, string? Sha256, int Rows, int Columns);
