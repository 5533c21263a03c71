using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// The data files and how to read them (manifest <c>data.evaluation</c>, <c>reference</c>, <c>delimiter</c>,
/// <c>column_types</c>): facts only the host needs, so they stay out of the SDK's <see cref="RegistrationInfo"/>.
/// </summary>
/// <param name="Evaluation">Evaluation data file (absolute).</param>
/// <param name="Reference">Reference data file (absolute), if any.</param>
/// <param name="Delimiter">CSV delimiter override.</param>
public sealed record DataSources(string Evaluation, string? Reference = null, char? Delimiter = null)
{
    /// <summary>Column type overrides, by column name.</summary>
    public IReadOnlyDictionary<string, ColumnKind> ColumnTypes { get; init; } = new Dictionary<string, ColumnKind>(StringComparer.Ordinal);
}
