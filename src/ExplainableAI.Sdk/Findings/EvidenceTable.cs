namespace ExplainableAI.Sdk;

/// <summary>A small table of evidence shown under a finding. Cells are text, already formatted by the check.</summary>
/// <param name="Title">The table's caption.</param>
/// <param name="Columns">Column headers.</param>
/// <param name="Rows">Rows of cells, each as long as <paramref name="Columns"/>.</param>
public sealed record EvidenceTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
