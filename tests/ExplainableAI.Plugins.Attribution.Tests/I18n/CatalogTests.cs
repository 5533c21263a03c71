using System.Text.Json;
using System.Text.RegularExpressions;
using ExplainableAI.Core;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>
/// The plugin's translation catalogs (i18n/ja.json, i18n/en.json, embedded in its assembly) cover every rule and every string its
/// checks write: the checks are run on models of every kind the plugin explains differently (logistic margin, calibrated margin,
/// probability, regression, multiclass, trees without background, Kernel SHAP with overlapping intervals), and each string of the
/// evidence must match a <c>text</c> key, literally or as a pattern (docs/i18n.md).
/// </summary>
public sealed partial class CatalogTests
{
    private static readonly Catalog Japanese = Catalog.Load("ja");
    private static readonly Catalog English = Catalog.Load("en");

    private static readonly Lazy<Task<AuditResult[]>> Runs = new(RunAllAsync);

    public static TheoryData<string> RuleIds => [.. Rules().Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_japanese_title_and_a_message_with_the_english_arguments(string ruleId)
    {
        var rule = Rules().Single(r => r.Id == ruleId);
        Assert.True(Japanese.Rules.TryGetValue(ruleId, out var ja), $"{ruleId} has no Japanese translation");
        Assert.False(string.IsNullOrWhiteSpace(ja.Title));
        Assert.False(string.IsNullOrWhiteSpace(ja.Message));
        Assert.Equal(Arguments(rule.MessageFormat), Arguments(ja.Message));

        // The Japanese message must format with arguments of the English kinds (numbers where English formats numbers).
        _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, ja.Message, [.. Arguments(rule.MessageFormat).Select(_ => (object)1.5)]);
    }

    [Fact]
    public async Task Every_metric_and_measurement_name_has_english_and_japanese_words()
    {
        var reports = await Runs.Value;
        var names = reports.SelectMany(r => r.Measurements.Select(m => m.Name)
            .Concat(r.Findings.SelectMany(f => f.Evidence.Metrics ?? []).Select(m => m.Name))).Distinct().ToArray();

        // Every measurement of the README's table appears in some run.
        Assert.Equal(11, names.Length);
        Assert.All(names, n => Assert.True(English.Text.ContainsKey(n) && Japanese.Text.ContainsKey(n), $"'{n}' has no words in en and ja"));
    }

    [Fact]
    public async Task Every_chart_and_table_string_has_a_japanese_key()
    {
        var reports = await Runs.Value;
        var untranslated = new SortedSet<string>(StringComparer.Ordinal);
        var seen = 0;
        foreach (var report in reports)
        {
            var columns = report.Model?.Features.Select(f => f.Name).ToHashSet(StringComparer.Ordinal) ?? [];
            var sensitive = report.Registration.Declared.SensitiveAttributes;
            foreach (var text in report.Findings.SelectMany(f => Strings(f.Evidence)))
            {
                seen++;
                if (!LanguageNeutral(text, columns) && !GroupKey(text, sensitive) && !Japanese.Translates(text))
                {
                    untranslated.Add(text);
                }
            }
        }

        Assert.True(seen > 100);
        Assert.Empty(untranslated);
    }

    [Fact]
    public async Task The_runs_cover_every_kind_of_waterfall_subtitle()
    {
        var reports = await Runs.Value;
        var subtitles = reports.SelectMany(r => r.Findings).SelectMany(f => f.Evidence.Charts ?? []).Where(c => c.Kind == ChartKind.Waterfall).Select(c => c.Subtitle!).ToArray();
        string[] formats = [WaterfallCaption.SigmoidFormat, WaterfallCaption.PlattFormat, WaterfallCaption.PlattSlopeFormat, WaterfallCaption.CalibratedFormat, WaterfallCaption.ClassMarginFormat, WaterfallCaption.OutputFormat];
        Assert.All(formats, format => Assert.Contains(subtitles, s => Catalog.PatternOf(format).IsMatch(s)));
    }

    // Column names (also with a unit), numbers and the em dash of a run that does not apply stay as they are in every language.
    private static bool LanguageNeutral(string text, HashSet<string> columns) =>
        columns.Contains(text)
        || (UnitLabel().Match(text) is { Success: true } m && columns.Contains(m.Groups[1].Value))
        || Number().IsMatch(text)
        || text == "—";

    // A cohort's name (sex=F, sex=F&age=<40) is data, never translated.
    private static bool GroupKey(string text, IReadOnlyList<string> sensitive) =>
        text.Split('&').All(part => sensitive.Any(a => part.StartsWith(a + "=", StringComparison.Ordinal)));

    private static IEnumerable<string> Strings(Evidence evidence)
    {
        foreach (var table in evidence.Tables ?? [])
        {
            yield return table.Title;
            foreach (var cell in table.Columns.Concat(table.Rows.SelectMany(r => r)))
            {
                yield return cell;
            }
        }

        foreach (var chart in evidence.Charts ?? [])
        {
            foreach (var text in new[] { chart.Title, chart.XLabel, chart.YLabel, chart.Subtitle, chart.ColorLabel }.Concat(chart.Series.Select(s => s.Name)).Concat(chart.Categories ?? []))
            {
                if (text is not null)
                {
                    yield return text;
                }
            }
        }
    }

    private static IEnumerable<RuleDescriptor> Rules() => new GlobalImportanceCheck().Rules.Concat(new ExplanationStabilityCheck().Rules);

    private static SortedSet<int> Arguments(string format) =>
        [.. FormatItem().Matches(format.Replace("{{", string.Empty, StringComparison.Ordinal)).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static async Task<AuditResult[]> RunAllAsync()
    {
        double[] weights = [1.5, -2, 0.7];
        var matrix = Models.Random(60, 3, 11);
        var numeric = Models.Table(matrix);
        var label = TestData.Boolean("y", [.. Enumerable.Range(0, 60).Select(r => (bool?)(r % 3 == 0))]);

        // A group that x1 separates perfectly: a proxy (XAI1004) among the top drivers; x0 itself sensitive (XAI1003).
        var group = TestData.Categorical("group", [.. Enumerable.Range(0, 60).Select(r => matrix.Row(r)[1] > 0 ? "A" : "B")]);
        var labelled = TestData.Table([.. numeric.Columns, label, group]);

        // x1 missing where x0 is largest, so the highest-risk waterfall shows "x1 = missing".
        var top = Enumerable.Range(0, 60).MaxBy(r => matrix.Row(r)[0]);
        var withMissing = TestData.Table(
            TestData.Numeric("x0", [.. Enumerable.Range(0, 60).Select(r => matrix.Row(r)[0])]),
            TestData.Numeric("x1", [.. Enumerable.Range(0, 60).Select(r => r == top ? double.NaN : matrix.Row(r)[1])]));
        var missingModel = new DelegateModel(Models.Features(2), x => (3 * x[0]) + (double.IsNaN(x[1]) ? 1 : x[1] * x[0]), ModelTask.Regression);

        var probability = new DelegateModel(Models.Features(3), x => 1 / (1 + Math.Exp(-((weights[0] * x[0]) + (weights[1] * x[1] * x[2])))));
        var kernel = TestConfiguration.Options(
            ("XAI1001", GlobalImportanceCheck.MaxModelEvaluationsOption, 1),
            ("XAI1002", GlobalImportanceCheck.MaxAdditivityErrorOption, -1));
        var unstable = TestConfiguration.Options(("XAI1006", ExplanationStabilityCheck.MaxModelEvaluationsOption, 1), ("XAI1007", ExplanationStabilityCheck.MinRankAgreementOption, 1.01));
        var multiclass = XGBoostReference.Load("xgb_multiclass");
        var trees = XGBoostReference.Load("xgb_binary_small");

        return
        [
            await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest
            {
                Data = labelled, Model = new LinearTestModel(weights, -0.3, TreeLink.Logistic), Registration = CheckTest.DefaultRegistration with
 {
     LabelColumn = "y",
     PositiveClass = "true",
     SensitiveAttributes = ["x0", "group"],
     Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["x1"] = new FeatureFacts(Unit: "mmol/L") },
 },
            }),
            await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = labelled, Model = new CalibratedTestModel(weights, -0.3, m => 1 / (1 + Math.Exp(-(m + Math.Sin(m))))), Registration = CheckTest.DefaultRegistration with { LabelColumn = "y", PositiveClass = "true" } }),
            await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = labelled, Model = new CalibratedTestModel(weights, -0.3, m => 1 / (1 + Math.Exp(-((2 * m) + 1)))) }),
            await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = labelled, Model = new CalibratedTestModel(weights, -0.3, m => 1 / (1 + Math.Exp(-0.4 * m))) }),
            await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = labelled, Model = probability, Registration = CheckTest.DefaultRegistration with { LabelColumn = "y", PositiveClass = "true" } }),
            await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = withMissing, Model = missingModel }),
            await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = Models.Table(Models.Random(40, 6, 3)), Model = Models.Nonlinear(6), Configuration = kernel }),
            await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = Models.Table(multiclass.Rows), Model = multiclass.Model }),
            await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = Models.Table(trees.Rows), Model = trees.Model }),
            await CheckVerifier<ExplanationStabilityCheck>.RunAsync(new CheckTest { Data = Models.Table(trees.Rows), Model = trees.Model }),
            await CheckVerifier<ExplanationStabilityCheck>.RunAsync(new CheckTest { Data = Models.Table(Models.Random(40, 6, 3)), Model = Models.Nonlinear(6), Configuration = unstable }),
        ];
    }

    [GeneratedRegex(@"\{([0-9]+)(?:[,:][^}]*)?\}")]
    private static partial Regex FormatItem();

    [GeneratedRegex(@"^(.+) \([^()]+\)$")]
    private static partial Regex UnitLabel();

    // Numbers as NumberText writes them: −1.5, 83, 9.27 × 10⁻⁵.
    [GeneratedRegex(@"^−?[0-9]+(\.[0-9]+)?( × 10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?$")]
    private static partial Regex Number();

    /// <summary>One catalog as docs/i18n.md describes it, read from the plugin assembly's embedded resource.</summary>
    private sealed partial class Catalog
    {
        private Catalog(Dictionary<string, (string Title, string Message)> rules, Dictionary<string, string> text)
        {
            Rules = rules;
            Text = text;
        }

        public Dictionary<string, (string Title, string Message)> Rules { get; }

        public Dictionary<string, string> Text { get; }

        public static Catalog Load(string language)
        {
            var assembly = typeof(GlobalImportanceCheck).Assembly;
            var name = Assert.Single(assembly.GetManifestResourceNames(), n => n.EndsWith(".i18n." + language + ".json", StringComparison.Ordinal));
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream);
            var rules = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            if (document.RootElement.TryGetProperty("rules", out var ruleElements))
            {
                foreach (var rule in ruleElements.EnumerateObject())
                {
                    rules[rule.Name] = (rule.Value.GetProperty("title").GetString()!, rule.Value.GetProperty("message").GetString()!);
                }
            }

            var text = document.RootElement.GetProperty("text").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            return new Catalog(rules, text);
        }

        /// <summary>A key with placeholders as a regular expression: each placeholder matches one or more characters, anchored.</summary>
        public static Regex PatternOf(string key)
        {
            var expression = "^" + string.Concat(Placeholder().Split(key).Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : "(.+?)")) + "$";
            return new Regex(expression, RegexOptions.Singleline);
        }

        /// <summary>Whether a key matches the whole string, literally or as a pattern.</summary>
        public bool Translates(string english) =>
            Text.ContainsKey(english) || Text.Keys.Where(k => Placeholder().IsMatch(k)).Any(k => PatternOf(k).IsMatch(english));

        [GeneratedRegex(@"\{([0-9]+)\}")]
        private static partial Regex Placeholder();
    }
}
