using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Html;

/// <summary>
/// The checks' strings of one report in the language of a render: rule titles and finding messages, chart and table
/// text, metric names as words. It reads only the translations report.json carries, so a re-render from the JSON alone
/// says the same; a string without a translation stays English.
/// </summary>
internal sealed class ReportText
{
    private static readonly LocalizationRecord None = new(new Dictionary<string, RuleTextRecord>(), new Dictionary<string, string>());
    private readonly LocalizationRecord language;
    private readonly LocalizationRecord english;

    /// <summary>Creates the texts of a render.</summary>
    /// <param name="report">The report.</param>
    /// <param name="languageCode">The language of the render.</param>
    public ReportText(AuditReport report, string languageCode)
    {
        var localization = report.Localization ?? new Dictionary<string, LocalizationRecord>();
        english = localization.GetValueOrDefault("en") ?? None;
        language = string.Equals(languageCode, "en", StringComparison.OrdinalIgnoreCase) ? english : localization.GetValueOrDefault(languageCode) ?? None;
    }

    /// <summary>A string in the render's language, or the string itself.</summary>
    /// <param name="text">The English string.</param>
    /// <returns>The translation.</returns>
    public string Translate(string text) => language.Text.TryGetValue(text, out var translated) ? translated : text;

    /// <summary>A rule's title in the render's language.</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <param name="title">The English title.</param>
    /// <returns>The title.</returns>
    public string RuleTitle(string ruleId, string title) => language.Rules.TryGetValue(ruleId, out var rule) ? rule.Title : title;

    /// <summary>A rule's help text in the render's language.</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <param name="description">The English help text.</param>
    /// <returns>The help text.</returns>
    public string RuleDescription(string ruleId, string description) =>
        language.Rules.TryGetValue(ruleId, out var rule) && rule.Description is { Length: > 0 } translated ? translated : description;

    /// <summary>A rule's message format in the render's language.</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <param name="format">The English format.</param>
    /// <returns>The format.</returns>
    public string RuleMessageFormat(string ruleId, string format) => language.Rules.TryGetValue(ruleId, out var rule) ? rule.MessageFormat : format;

    /// <summary>The words for a metric identifier (<c>equal_opportunity_difference</c>), or the identifier itself.</summary>
    /// <param name="name">The identifier.</param>
    /// <returns>The words.</returns>
    public string MetricName(string name) =>
        language.Text.TryGetValue(name, out var words) ? words
        : english.Text.TryGetValue(name, out var englishWords) ? englishWords
        : name;

    /// <summary>A chart with its text in the render's language.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The translated chart.</returns>
    public ChartSpec Chart(ChartSpec chart) => chart with
    {
        Title = Translate(chart.Title),
        XLabel = Translate(chart.XLabel),
        YLabel = Translate(chart.YLabel),
        Subtitle = chart.Subtitle is null ? null : Translate(chart.Subtitle),
        ColorLabel = chart.ColorLabel is null ? null : Translate(chart.ColorLabel),
        Series = [.. chart.Series.Select(s => s with { Name = Translate(s.Name) })],
        Categories = chart.Categories is null ? null : [.. chart.Categories.Select(Translate)],
    };

    /// <summary>A table with its text in the render's language.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The translated table.</returns>
    public EvidenceTable Table(EvidenceTable table) => new(
        Translate(table.Title),
        [.. table.Columns.Select(Translate)],
        [.. table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(Translate)])]);
}
