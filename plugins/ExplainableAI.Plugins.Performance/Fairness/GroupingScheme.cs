namespace ExplainableAI.Plugins.Performance;

/// <summary>How a sensitive attribute's values become groups.</summary>
/// <param name="NumericEdges">Ascending bin edges for numeric attributes with many values: groups <c>&lt;e₁</c>, <c>[e₁,e₂)</c>, …, <c>&gt;=eₖ</c>.</param>
/// <param name="MaxNumericLevels">A numeric attribute with at most this many distinct values is taken as categories (one group per value).</param>
internal sealed record GroupingScheme(IReadOnlyList<double> NumericEdges, int MaxNumericLevels)
{
    /// <summary>The default: age bands &lt;40, 40–64, ≥65 and up to 10 numeric codes taken as categories.</summary>
    public static GroupingScheme Default { get; } = new([40, 65], 10);
}
