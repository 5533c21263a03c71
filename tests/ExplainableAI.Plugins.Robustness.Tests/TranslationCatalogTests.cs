using System.Globalization;
using System.Text.RegularExpressions;
using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness.Tests;

/// <summary>
/// The plugin's embedded catalogs (docs/i18n.md) cover everything it writes: every rule has a Japanese title and message
/// over the same arguments, every metric name has English and Japanese words, and every chart and table string of a run
/// on which every rule fires has a Japanese entry.
/// </summary>
public sealed partial class TranslationCatalogTests
{
    private static readonly Catalog Japanese = Catalog.Load(typeof(NoiseCheck).Assembly, "ja");
    private static readonly Catalog English = Catalog.Load(typeof(NoiseCheck).Assembly, "en");
    private static readonly IReadOnlyList<RuleDescriptor> Rules = [.. PluginLoader.DiscoverChecks(typeof(NoiseCheck).Assembly).SelectMany(c => c.Rules)];

    [Fact]
    public void Every_rule_has_a_japanese_title_and_message_over_the_same_arguments()
    {
        Assert.Equal(10, Rules.Count);
        Assert.All(Rules, rule =>
        {
            Assert.True(Japanese.Rules.TryGetValue(rule.Id, out var ja), rule.Id + " has no Japanese entry");
            Assert.Matches(JapaneseLetters(), ja.Title);
            Assert.Matches(JapaneseLetters(), ja.Message);
            Assert.Equal(Catalog.ArgumentIndices(rule.MessageFormat), Catalog.ArgumentIndices(ja.Message));

            // The host formats it with the invariant culture: the format must be well formed for numbers and text alike.
            var arguments = Enumerable.Repeat<object>(0.25, Catalog.ArgumentIndices(rule.MessageFormat).Max() + 1).ToArray();
            _ = string.Format(CultureInfo.InvariantCulture, ja.Message, arguments);
        });
        Assert.Empty(Japanese.Rules.Keys.Except(Rules.Select(r => r.Id)));
    }

    [Fact]
    public void Every_pattern_keeps_its_placeholders_in_the_translation()
    {
        Assert.All(Japanese.Text.Concat(English.Text), entry => Assert.Equal(Catalog.Placeholders(entry.Key), Catalog.Placeholders(entry.Value)));
        Assert.All(English.Text.Keys, key => Assert.True(Japanese.Translates(key), $"'{key}' has English words but no Japanese"));
    }

    [Fact]
    public async Task Every_rule_fires_in_the_scenario()
    {
        var reports = await Scenario.ReportsAsync();

        Assert.Empty(reports.SelectMany(r => r.Findings).Where(f => !f.RuleId.StartsWith("XAI4", StringComparison.Ordinal)).Select(f => f.Message));
        Assert.Equal(Rules.Select(r => r.Id).Order(StringComparer.Ordinal), reports.SelectMany(r => r.Findings).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_metric_name_has_english_and_japanese_words()
    {
        var reports = await Scenario.ReportsAsync();
        var names = reports.SelectMany(r => r.Measurements.Select(m => m.Name))
            .Concat(reports.SelectMany(r => r.Findings).SelectMany(f => f.Evidence.Metrics ?? []).Select(m => m.Name))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("auroc_drop", names);
        Assert.Contains("flip_rate_noise=0.05", names);
        Assert.All(names, name =>
        {
            Assert.True(English.Translates(name), $"metric '{name}' has no English words");
            Assert.True(Japanese.Translates(name), $"metric '{name}' has no Japanese words");
        });
    }

    [Fact]
    public async Task Every_string_in_a_chart_or_table_has_a_japanese_entry()
    {
        var reports = await Scenario.ReportsAsync();
        var evidence = reports.SelectMany(r => r.Findings).Select(f => f.Evidence).ToList();
        var strings = evidence.SelectMany(e => e.Charts ?? []).SelectMany(ChartStrings)
            .Concat(evidence.SelectMany(e => e.Tables ?? []).SelectMany(t => (IEnumerable<string>)[t.Title, .. t.Columns, .. t.Rows.SelectMany(r => r)]))
            .Distinct()
            .ToList();

        // Sanity: the run writes charts and word cells, so the assertion below has something to check.
        Assert.Contains("AUROC drop under measurement noise", strings);
        Assert.Contains("suppressed", strings);
        Assert.Contains("mg/dL\u2192\u00B5mol/L", strings);
        Assert.Contains("Numeric features not probed for unit errors", strings);
        var untranslated = strings.Where(HasWords).Where(s => !Japanese.Translates(s)).ToList();
        Assert.Empty(untranslated);
    }

    [Fact]
    public void The_pattern_match_follows_the_catalog_format()
    {
        Assert.True(Japanese.Translates("Decision flip rate by group when 'lactate' is missing, worst first"));
        Assert.True(Japanese.Translates("creatinine sent in \u00B5mol/L where mg/dL is expected"));
        Assert.False(Japanese.Translates("Decision flip rate by group when '' is missing, worst first"));
        Assert.False(Japanese.Translates("Decision flip rate "));
    }

    private static IEnumerable<string> ChartStrings(ChartSpec chart) =>
        [chart.Title, chart.XLabel, chart.YLabel, .. chart.Subtitle is null ? [] : new[] { chart.Subtitle }, .. chart.Series.Select(s => s.Name), .. chart.Categories ?? []];

    // Column names, data levels, group keys, units and numbers are never translated; what is left must be a catalog entry
    // when it still has letters.
    private static bool HasWords(string text)
    {
        var stripped = text;
        foreach (var token in Scenario.Data.Columns.Select(c => c.Name).Concat(Scenario.Levels).Concat(Units).Append("(missing)").OrderByDescending(t => t.Length))
        {
            stripped = Regex.Replace(stripped, $"(?<![A-Za-z0-9_]){Regex.Escape(token)}(?![A-Za-z0-9_])", string.Empty);
        }

        return Letter().IsMatch(stripped);
    }

    private static readonly string[] Units = ["mg/dL", "mg/L", "\u00B5mol/L", "mmol/L", "g/dL", "g/L", "\u00B0C", "\u00B0F"];

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Letter();

    [GeneratedRegex(@"[\u3040-\u30FF\u4E00-\u9FFF]")]
    private static partial Regex JapaneseLetters();
}
