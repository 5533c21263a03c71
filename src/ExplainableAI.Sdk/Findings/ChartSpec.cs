namespace ExplainableAI.Sdk;

/// <summary>A chart described as data; the report renders it as inline SVG, so nothing is fetched when a reviewer opens it.</summary>
/// <param name="Kind">The kind of chart (bar, line, scatter, dot-and-whisker, beeswarm, waterfall, step).</param>
/// <param name="Title">The chart's title.</param>
/// <param name="XLabel">Label of the x axis.</param>
/// <param name="YLabel">Label of the y axis.</param>
/// <param name="Series">The data series.</param>
/// <param name="Categories">For bar, dot-and-whisker, beeswarm and waterfall charts, the category of each bar or row.</param>
public sealed record ChartSpec(ChartKind Kind, string Title, string XLabel, string YLabel, IReadOnlyList<ChartSeries> Series, IReadOnlyList<string>? Categories = null)
{
    /// <summary>A value drawn as a dashed reference line: the base value of a waterfall, an overall value or a tolerance.</summary>
    public double? ReferenceValue { get; init; }

    /// <summary>
    /// A second line under the title, for what the title should not carry: the sample, what the colour encodes, the
    /// output a waterfall ends at (for example its probability beside its margin).
    /// </summary>
    public string? Subtitle { get; init; }

    /// <summary>
    /// What <see cref="ChartSeries.Color"/> encodes (a feature's name, say), drawn as the title of a colour bar from low to
    /// high. Without it, point colours of scatter charts are not drawn.
    /// </summary>
    public string? ColorLabel { get; init; }
}
