using ExplainableAI.Core;
using ExplainableAI.Plugins.Drift.Columns;
using ExplainableAI.Plugins.Drift.Labels;
using ExplainableAI.Plugins.Drift.Multivariate;
using ExplainableAI.Plugins.Drift.Scores;
using ExplainableAI.Plugins.Drift.Subgroups;
using ExplainableAI.Plugins.Tests;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Drift.Tests;

/// <summary>
/// The plugin's embedded catalogs (i18n/ja.json, i18n/en.json) cover every rule, every metric name and every string its
/// checks write into charts and tables; and each chart or table appears once across the findings.
/// </summary>
public sealed class TranslationCatalogTests
{
    private const int Rows = 400;

    [Fact]
    public void Every_rule_has_a_japanese_title_and_message_over_the_english_arguments() =>
        Catalogs.AssertRulesTranslated(typeof(ColumnDriftCheck).Assembly);

    [Fact]
    public async Task Every_metric_name_of_a_run_has_english_and_japanese_words()
    {
        var plugin = typeof(ColumnDriftCheck).Assembly;
        var (en, ja) = (Catalogs.TextKeys(Catalogs.Read(plugin, "en")), Catalogs.TextKeys(Catalogs.Read(plugin, "ja")));
        var names = Catalogs.MetricNames(await RunAll());

        Assert.Contains("domain_classifier_auroc", names);
        AssertNone("metric names without English words", names.Where(n => !en.Contains(n)));
        AssertNone("metric names without Japanese words", names.Where(n => !ja.Contains(n)));
    }

    [Fact]
    public async Task Every_chart_and_table_string_of_a_run_has_a_japanese_text_key()
    {
        var ja = Catalogs.TextKeys(Catalogs.Read(typeof(ColumnDriftCheck).Assembly, "ja"));
        var (reference, current) = Cohort();
        var words = Catalogs.Words(await RunAll(), Catalogs.DataNames(reference, current));

        // The run produces every kind of string: chart titles with and without a group, axes with units, a new category,
        // a method chosen automatically over a declared one, the summary's and the domain classifier's headers.
        Assert.Contains("Cumulative distribution of creatinine within site=Site B", words);
        Assert.Contains("creatinine (mg/dL)", words);
        Assert.Contains("D (new)", words);
        Assert.Contains(words, w => w.Contains("chosen automatically", StringComparison.Ordinal));
        Assert.Contains("Largest absolute standardised weight", words);
        AssertNone("strings without a Japanese text key", words.Where(w => !Catalogs.Matches(ja, w)));
    }

    [Fact]
    public async Task No_chart_or_table_appears_twice_across_the_findings()
    {
        var views = Catalogs.Views(await RunAll());

        Assert.NotEmpty(views);
        AssertNone("views repeated", views.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public async Task Declared_units_label_the_axes_and_headers()
    {
        var (reference, current) = Cohort();
        var report = await CheckVerifier<ColumnDriftCheck>.RunAsync(Test(reference, current));

        var finding = Assert.Single(report.Findings, f => f is { RuleId: "XAI3001", Location.Column: "creatinine" });
        var chart = Assert.Single(finding.Evidence.Charts!);
        Assert.Equal(ChartKind.Step, chart.Kind);
        Assert.Equal("creatinine (mg/dL)", chart.XLabel);
        Assert.Equal("Cumulative distribution of creatinine", chart.Title);
        Assert.Equal("Non-missing values: reference 400, current 400", chart.Subtitle);
        Assert.Equal(["Reference", "Current"], chart.Series.Select(s => s.Name));
        var table = Assert.Single(finding.Evidence.Tables!);
        Assert.Equal(["creatinine (mg/dL)", "Reference share", "Current share"], table.Columns);
        // A column without a declared unit is labelled by its name alone.
        var code = Assert.Single(report.Findings, f => f is { RuleId: "XAI3001", Location.Column: "code" });
        Assert.Equal("code", Assert.Single(code.Evidence.Charts!).XLabel);
    }

    private static void AssertNone(string what, IEnumerable<string> items)
    {
        var list = items.ToList();
        Assert.True(list.Count == 0, $"{what}: {string.Join(" | ", list)}");
    }

    private static async Task<List<AuditResult>> RunAll()
    {
        var (reference, current) = Cohort();
        var test = Test(reference, current);
        return
        [
            await CheckVerifier<ColumnDriftCheck>.RunAsync(test),
            await CheckVerifier<SubgroupDriftCheck>.RunAsync(test),
            await CheckVerifier<LabelDriftCheck>.RunAsync(test),
            await CheckVerifier<PredictionDriftCheck>.RunAsync(test),
            await CheckVerifier<DomainClassifierCheck>.RunAsync(test),
        ];
    }

    private static CheckTest Test(TabularData reference, TabularData current) => new()
    {
        Reference = reference,
        Data = current,
        Registration = CheckTest.DefaultRegistration with
        {
            LabelColumn = "sepsis",
            SiteColumns = ["site"],
            Features = new Dictionary<string, FeatureFacts>
            {
                ["creatinine"] = new(Unit: "mg/dL"),
                ["smoker"] = new(DriftMethod: "ks"),
            },
        },
        Model = new DelegateModel([new ModelFeature("creatinine", ColumnKind.Numeric)], row => 1 / (1 + Math.Exp(-row[0]))),
    };

    // Reference and current cohorts of 400 rows at two sites: creatinine 1 mg/dL higher at Site B in the current data, a
    // ward D that only the current data has, a few-valued code shifted by one, a wave of missing CRP values, more
    // smokers (K-S declared, which does not fit a boolean) and a higher sepsis prevalence.
    private static (TabularData Reference, TabularData Current) Cohort()
    {
        var site = Categorical("site", [.. Enumerable.Range(0, Rows).Select(i => i % 2 == 0 ? "Site A" : "Site B")]);
        var referenceCreatinine = Samples.Normal(Rows, 1, 0.3, 1);
        var currentCreatinine = Samples.Normal(Rows, 1, 0.3, 2);
        for (var i = 1; i < Rows; i += 2)
        {
            currentCreatinine[i] += 1;
        }

        var currentCrp = Samples.Normal(Rows, 20, 5, 4);
        for (var i = 0; i < Rows / 4; i++)
        {
            currentCrp[i] = double.NaN;
        }

        var reference = Table(
            site,
            Numeric("creatinine", referenceCreatinine),
            Categorical("ward", [.. Enumerable.Range(0, Rows).Select(i => "ABC"[i % 3].ToString())]),
            Numeric("code", [.. Enumerable.Range(0, Rows).Select(i => (double)(i % 3))]),
            Numeric("crp", Samples.Normal(Rows, 20, 5, 3)),
            Boolean("smoker", [.. Enumerable.Range(0, Rows).Select(i => (bool?)(i % 5 == 0))]),
            Boolean("sepsis", [.. Enumerable.Range(0, Rows).Select(i => (bool?)(i % 10 == 0))]));
        var current = Table(
            site,
            Numeric("creatinine", currentCreatinine),
            Categorical("ward", [.. Enumerable.Range(0, Rows).Select(i => "ABCD"[i % 4].ToString())]),
            Numeric("code", [.. Enumerable.Range(0, Rows).Select(i => (double)((i % 3) + 1))]),
            Numeric("crp", currentCrp),
            Boolean("smoker", [.. Enumerable.Range(0, Rows).Select(i => (bool?)(i % 2 == 0))]),
            Boolean("sepsis", [.. Enumerable.Range(0, Rows).Select(i => (bool?)(i % 4 == 0))]));
        return (reference, current);
    }
}
