using ExplainableAI.Core;
using ExplainableAI.Plugins.Tests;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.DataQuality.Tests;

/// <summary>
/// The plugin's embedded catalogs (i18n/ja.json, i18n/en.json) cover every rule, every metric name and every string its
/// checks write into charts and tables; and each chart or table appears once across the findings.
/// </summary>
public sealed class TranslationCatalogTests
{
    [Fact]
    public void Every_rule_has_a_japanese_title_and_message_over_the_english_arguments() =>
        Catalogs.AssertRulesTranslated(typeof(MissingValuesCheck).Assembly);

    [Fact]
    public async Task Every_metric_name_of_a_run_has_english_and_japanese_words()
    {
        var plugin = typeof(MissingValuesCheck).Assembly;
        var (en, ja) = (Catalogs.TextKeys(Catalogs.Read(plugin, "en")), Catalogs.TextKeys(Catalogs.Read(plugin, "ja")));
        var names = Catalogs.MetricNames(await RunAll());

        Assert.Contains("reference_single_feature_auroc", names);
        AssertNone("metric names without English words", names.Where(n => !en.Contains(n)));
        AssertNone("metric names without Japanese words", names.Where(n => !ja.Contains(n)));
    }

    [Fact]
    public async Task Every_chart_and_table_string_of_a_run_has_a_japanese_text_key()
    {
        var ja = Catalogs.TextKeys(Catalogs.Read(typeof(MissingValuesCheck).Assembly, "ja"));
        var (reference, current) = Cohort();
        var words = Catalogs.Words(await RunAll(), Catalogs.DataNames(reference, current));

        Assert.Contains("Rows per class of 'stage'", words);
        Assert.Contains("Repeats row", words);
        AssertNone("strings without a Japanese text key", words.Where(w => !Catalogs.Matches(ja, w)));
    }

    [Fact]
    public async Task No_chart_or_table_appears_twice_across_the_findings()
    {
        var reports = await RunAll();
        var views = Catalogs.Views(reports);

        // Two rare classes give two findings; the class chart is on the first only.
        Assert.Equal(2, reports.SelectMany(r => r.Findings).Count(f => f.RuleId == "XAI6004"));
        Assert.NotEmpty(views);
        AssertNone("views repeated", views.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    private static void AssertNone(string what, IEnumerable<string> items)
    {
        var list = items.ToList();
        Assert.True(list.Count == 0, $"{what}: {string.Join(" | ", list)}");
    }

    private static async Task<List<AuditResult>> RunAll()
    {
        var (reference, current) = Cohort();
        var leakage = new CheckTest
        {
            Reference = reference,
            Data = current,
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" },
        };
        var stage = new CheckTest { Data = current, Registration = CheckTest.DefaultRegistration with { LabelColumn = "stage" } };
        var schema = leakage with
        {
            Model = new DelegateModel([new ModelFeature("crp", ColumnKind.Numeric), new ModelFeature("lactate", ColumnKind.Numeric)], row => row[0]),
        };
        return
        [
            await CheckVerifier<MissingValuesCheck>.RunAsync(leakage),
            await CheckVerifier<ConstantColumnCheck>.RunAsync(leakage),
            await CheckVerifier<DuplicateRowsCheck>.RunAsync(leakage),
            await CheckVerifier<ClassImbalanceCheck>.RunAsync(stage),
            await CheckVerifier<SingleFeatureLeakageCheck>.RunAsync(leakage),
            await CheckVerifier<ModelSchemaCheck>.RunAsync(schema),
        ];
    }

    // 40 rows: crp missing in half, a constant unit, rows 20–39 repeating rows 0–19, a three-stage label with two rare
    // stages, and a feature that copies the binary label y (leakage in both datasets).
    private static (TabularData Reference, TabularData Current) Cohort()
    {
        const int rows = 40;
        var y = Enumerable.Range(0, rows).Select(i => (bool?)(i % 2 == 0)).ToArray();
        var reference = Table(
            Numeric("leak", [.. y.Select(v => v == true ? 1.0 : 0.0)]),
            Boolean("y", y));
        var current = Table(
            Numeric("crp", [.. Enumerable.Range(0, rows).Select(i => i % 20 < 10 ? double.NaN : i % 20)]),
            Categorical("unit", [.. Enumerable.Repeat("icu", rows)]),
            Categorical("stage", [.. Enumerable.Range(0, rows).Select(i => (i % 20) switch { 0 => "b", 1 => "c", _ => "a" })]),
            Numeric("leak", [.. y.Select(v => v == true ? 1.0 : 0.0)]),
            Boolean("y", y));
        return (reference, current);
    }
}
