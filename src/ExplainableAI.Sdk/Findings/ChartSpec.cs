namespace ExplainableAI.Sdk;

/// <summary>A chart described as data; the report renders it as inline SVG, so nothing is fetched when a reviewer opens it.</summary>
/// <param name="Kind">Bar, line or scatter.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="XLabel">Label of the x axis.</param>
/// <param name="YLabel">Label of the y axis.</param>
/// <param name="Series">The data series.</param>
/// <param name="Categories">For bar charts, the category of each bar.</param>
public sealed record ChartSpec(ChartKind Kind, string Title, string XLabel, string YLabel, IReadOnlyList<ChartSeries> Series, IReadOnlyList<string>? Categories = null);
