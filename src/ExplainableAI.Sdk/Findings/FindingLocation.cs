namespace ExplainableAI.Sdk;

/// <summary>Where a finding applies: a column, a group of rows, example rows. All parts are optional.</summary>
/// <param name="Column">The data column or model feature concerned.</param>
/// <param name="Group">The subgroup concerned, written <c>attribute=value</c> (for example <c>sex=F</c>).</param>
/// <param name="Rows">Zero-based data rows that show the problem (a few examples, not every row).</param>
public sealed record FindingLocation(string? Column = null, string? Group = null, IReadOnlyList<int>? Rows = null)
{
    /// <summary>No particular place: the finding is about the model or dataset as a whole.</summary>
    public static FindingLocation Dataset { get; } = new();

    /// <summary>A finding about one column.</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>The location.</returns>
    public static FindingLocation ForColumn(string column) => new(Column: column);
}
