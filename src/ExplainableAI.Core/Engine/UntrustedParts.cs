using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// Applies <see cref="UntrustedText.Clean"/> to every string a check hands the engine: message arguments, the location,
/// the evidence's tables and charts. Numbers keep their own objects so the message format still applies to them.
/// </summary>
internal static class UntrustedParts
{
    /// <summary>Message arguments: strings, and any other object that is not a number, as safe text.</summary>
    public static object?[] Arguments(object?[] arguments) =>
        [.. arguments.Select(object? (a) => a switch
        {
            null => null,
            string text => UntrustedText.Clean(text),
            IFormattable number => number,
            _ => UntrustedText.Clean(a.ToString() ?? string.Empty),
        })];

    /// <summary>A location with a safe column and group.</summary>
    public static FindingLocation Location(FindingLocation location) =>
        location with { Column = UntrustedText.CleanOrNull(location.Column), Group = UntrustedText.CleanOrNull(location.Group) };

    /// <summary>Evidence with safe metric names, table text and chart text.</summary>
    public static Evidence Evidence(Evidence evidence) => new(
        evidence.Metrics?.Select(m => m with { Name = UntrustedText.Clean(m.Name) }).ToList(),
        evidence.Tables?.Select(Table).ToList(),
        evidence.Charts?.Select(Chart).ToList());

    private static EvidenceTable Table(EvidenceTable table) => new(
        UntrustedText.Clean(table.Title),
        [.. table.Columns.Select(UntrustedText.Clean)],
        [.. table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(UntrustedText.Clean)])]);

    private static ChartSpec Chart(ChartSpec chart) => chart with
    {
        Title = UntrustedText.Clean(chart.Title),
        XLabel = UntrustedText.Clean(chart.XLabel),
        YLabel = UntrustedText.Clean(chart.YLabel),
        Subtitle = UntrustedText.CleanOrNull(chart.Subtitle),
        ColorLabel = UntrustedText.CleanOrNull(chart.ColorLabel),
        Series = [.. chart.Series.Select(s => s with { Name = UntrustedText.Clean(s.Name) })],
        Categories = chart.Categories is null ? null : [.. chart.Categories.Select(UntrustedText.Clean)],
    };
}
