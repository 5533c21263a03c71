using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExplainableAI.Core;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Performance.Tests;

/// <summary>
/// The translation catalogs embedded in the plugin assembly (docs/i18n.md), read as the host reads them: every rule has a
/// Japanese title and message over the same arguments, every published metric identifier has English words and a
/// Japanese translation, and every string the checks write into charts and tables has a Japanese entry.
/// </summary>
public sealed partial class I18nCatalogTests
{
    private static readonly Assembly Plugin = typeof(GroupFairnessCheck).Assembly;

    [Fact]
    public void Catalogs_are_embedded_valid_json()
    {
        var ja = Catalog("ja");
        Assert.Equal(JsonValueKind.Object, ja.GetProperty("rules").ValueKind);
        Assert.Equal(JsonValueKind.Object, ja.GetProperty("text").ValueKind);
        var en = Catalog("en");
        // The English catalog holds only words for identifiers.
        Assert.Equal(["text"], en.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Every_rule_has_a_japanese_title_and_a_message_over_the_same_arguments()
    {
        var rules = Catalog("ja").GetProperty("rules");
        var declared = PluginLoader.DiscoverChecks(Plugin).SelectMany(c => c.Rules).ToList();
        Assert.Equal(22, declared.Count);
        foreach (var rule in declared)
        {
            Assert.True(rules.TryGetProperty(rule.Id, out var entry), $"{rule.Id}: no Japanese entry");
            var title = entry.GetProperty("title").GetString();
            var message = entry.GetProperty("message").GetString();
            Assert.False(string.IsNullOrWhiteSpace(title), $"{rule.Id}: no Japanese title");
            Assert.False(string.IsNullOrWhiteSpace(message), $"{rule.Id}: no Japanese message");
            Assert.True(Indices(rule.MessageFormat).SetEquals(Indices(message!)), $"{rule.Id}: the Japanese message uses arguments {string.Join(",", Indices(message!).Order())}, the English {string.Join(",", Indices(rule.MessageFormat).Order())}");
            // It formats as the host will: the invariant culture over as many arguments as the English format takes.
            var arguments = Enumerable.Repeat<object?>(0.25, Indices(rule.MessageFormat).Max() + 1).ToArray();
            _ = string.Format(CultureInfo.InvariantCulture, message!, arguments);
            Assert.Matches(JapaneseLetter(), title!);
        }

        // No entry for a rule the plugin does not declare.
        Assert.All(rules.EnumerateObject(), p => Assert.Contains(declared, r => r.Id == p.Name));
    }

    [Fact]
    public async Task Every_published_metric_has_english_words_and_a_japanese_translation()
    {
        var en = Text("en");
        var ja = Text("ja");
        var reports = await RunEveryCheck();
        var names = reports.SelectMany(r => r.Measurements.Select(m => m.Name)
            .Concat(r.Findings.SelectMany(f => f.Evidence.Metrics ?? []).Select(m => m.Name)))
            .ToHashSet(StringComparer.Ordinal);
        // The runs below publish every identifier the plugin has words for.
        Assert.Superset(MetricWords.All.Keys.ToHashSet(StringComparer.Ordinal), names);
        Assert.Equal(MetricWords.All.Count, names.Count);
        foreach (var name in names)
        {
            Assert.Matches("^[a-z0-9_]+$", name);
            Assert.True(en.TryGetValue(name, out var words), $"{name}: no English words");
            Assert.Equal(MetricWords.Of(name), words);
            Assert.True(ja.TryGetValue(name, out var japanese), $"{name}: no Japanese translation");
            // Every translation has Japanese in it, except an abbreviation that stays as it is.
            Assert.True(JapaneseLetter().IsMatch(japanese!) || japanese == "AUROC", $"{name}: '{japanese}' is not Japanese");
        }

        Assert.Equal(MetricWords.All.Count, en.Count);
    }

    [Fact]
    public async Task Every_word_in_charts_and_tables_has_a_japanese_entry()
    {
        var ja = Text("ja");
        var reports = await RunEveryCheck();
        var strings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var evidence in reports.SelectMany(r => r.Findings).Select(f => f.Evidence))
        {
            foreach (var chart in evidence.Charts ?? [])
            {
                strings.UnionWith([chart.Title, chart.XLabel, chart.YLabel, chart.Subtitle ?? "", .. chart.Series.Select(s => s.Name), .. chart.Categories ?? []]);
            }

            foreach (var table in evidence.Tables ?? [])
            {
                strings.UnionWith([table.Title, .. table.Columns, .. table.Rows.SelectMany(r => r)]);
            }
        }

        // Words only: not numbers, group keys (sex=F) or the multiclass test's class names (a, b, c).
        var words = strings.Where(s => LatinLetter().IsMatch(s) && !s.Contains('=', StringComparison.Ordinal) && s.Length > 1).ToList();
        Assert.Contains("True positive rate (TPR) by group of 'sex'", words);
        Assert.Contains("Wilson 95% CI per bin; rows per bin, lowest scores first: 1, 1, 1, 2, 1, 1, 1, 1, 1", words);
        var missing = words.Where(s => !Translatable(ja, s)).ToList();
        Assert.True(missing.Count == 0, "no Japanese entry for: " + string.Join(" | ", missing));
    }

    /// <summary>Whether a string matches a key exactly or a pattern key (each placeholder one or more characters).</summary>
    private static bool Translatable(IReadOnlyDictionary<string, string> text, string english) =>
        text.ContainsKey(english)
        || text.Keys.Where(k => Placeholder().IsMatch(k)).Any(k =>
            Regex.IsMatch(english, "^" + string.Join("(.+)", Placeholder().Split(k).Where((_, i) => i % 2 == 0).Select(Regex.Escape)) + "$", RegexOptions.Singleline));

    private static async Task<IReadOnlyList<AuditResult>> RunEveryCheck()
    {
        // Performance data of PerformanceChecksTests with every declared minimum set so that each warning fires.
        var scores = new[] { 0.9, 0.8, 0.7, 0.6, 0.55, 0.45, 0.4, 0.3, 0.2, 0.1 };
        var labels = new bool?[] { true, true, false, true, false, true, false, false, false, false };
        var performance = new CheckTest
        {
            Data = TestData.Table(TestData.Numeric("risk", scores), TestData.Boolean("sepsis", labels)),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "sepsis", ScoreColumn = "risk" },
            Configuration = Configure.Options(
                (PerformanceRuleIds.OperatingPoint, "target_sensitivity", 0.9),
                (PerformanceRuleIds.SensitivityBelowMinimum, "min_sensitivity", 0.9),
                (PerformanceRuleIds.SpecificityBelowMinimum, "min_specificity", 0.9),
                (PerformanceRuleIds.AurocBelowMinimum, "min_auroc", 0.99),
                (PerformanceRuleIds.EceAboveMaximum, "max_ece", 0.01)),
        };
        var regression = new CheckTest
        {
            Data = TestData.Table(TestData.Numeric("x", 1, 2, 3, 4), TestData.Numeric("los", 1, 3, 5, 8)),
            Model = new DelegateModel([new ModelFeature("x", ColumnKind.Numeric)], row => 2 * row[0], ModelTask.Regression),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "los" },
            Configuration = Configure.Options(
                (PerformanceRuleIds.RegressionErrorAboveMaximum, "max_mae", 0.1),
                (PerformanceRuleIds.R2BelowMinimum, "min_r2", 0.99)),
        };
        var multiclass = new CheckTest
        {
            Data = TestData.Table(TestData.Numeric("x", 0, 1, 1, 1, 2, 0), TestData.Categorical("dx", "a", "a", "b", "b", "c", "c")),
            Model = new MulticlassCheckTests.FixedClassModel(["a", "b", "c"]),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "dx" },
            Configuration = Configure.Options(
                (PerformanceRuleIds.MulticlassF1BelowMinimum, "min_macro_f1", 0.9),
                (PerformanceRuleIds.ClassRecallBelowMinimum, "min_class_recall", 0.9)),
        };
        return
        [
            await CheckVerifier<GroupFairnessCheck>.RunAsync(GroupFairnessCheckTests.Planted([])),
            await CheckVerifier<GroupFairnessCheck>.RunAsync(GroupFairnessCheckTests.RareFalsePositives(0)),
            await CheckVerifier<GroupFairnessCheck>.RunAsync(GroupFairnessCheckTests.RareFalsePositives(null)),
            await CheckVerifier<DiscriminationCheck>.RunAsync(performance),
            await CheckVerifier<OperatingPointCheck>.RunAsync(performance),
            await CheckVerifier<CalibrationCheck>.RunAsync(performance),
            await CheckVerifier<RegressionCheck>.RunAsync(regression),
            await CheckVerifier<MulticlassCheck>.RunAsync(multiclass),
        ];
    }

    private static JsonElement Catalog(string language)
    {
        var name = Assert.Single(Plugin.GetManifestResourceNames(), n => n.EndsWith($".i18n.{language}.json", StringComparison.Ordinal));
        using var stream = Plugin.GetManifestResourceStream(name)!;
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }

    private static Dictionary<string, string> Text(string language) =>
        Catalog(language).GetProperty("text").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    private static HashSet<int> Indices(string format) =>
        [.. FormatItem().Matches(format).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"\{(\d+)(?:,[^}:]*)?(?::[^}]*)?\}")]
    private static partial Regex FormatItem();

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetter();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseLetter();
}
