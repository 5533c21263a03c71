using CsCheck;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class InvarianceCheckTests
{
    // Site levels in order of appearance: A = 0, B = 1, C = 2.
    private static readonly TabularData Data = Table(
        Categorical("site", "A", "B", "C", "A"),
        Numeric("x", 0, 0.75, 0, 0.375),
        Numeric("record", 0, 1, 0, 1));

    private static readonly ModelFeature[] Features = [new("site", ColumnKind.Categorical), Models.Number("x"), Models.Number("record")];

    private static readonly Dictionary<string, FeatureFacts> SiteAndRecordIrrelevant = new(StringComparer.Ordinal)
    {
        ["site"] = new FeatureFacts(Irrelevant: true),
        ["record"] = new FeatureFacts(Irrelevant: true),
    };

    [Fact]
    public async Task A_model_that_ignores_the_irrelevant_features_passes_with_zero_change()
    {
        var report = await CheckVerifier<InvarianceCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = new DelegateModel(Features, r => r[1]),
            Registration = CheckTest.DefaultRegistration with { Features = SiteAndRecordIrrelevant },
        });

        Assert.Equal(0, report.Value("invariance_max_change", "site"));
        Assert.Equal(0, report.Value("invariance_flip_rate", "site"));
        Assert.Equal(0, report.Value("invariance_max_change", "record"));
        Assert.Equal(0, report.Value("invariance_flip_rate", "record"));
    }

    [Fact]
    public async Task A_model_that_reads_the_site_code_is_caught_with_the_exact_change_and_flip_rate()
    {
        // Score = 0.125 · site + x (dyadic, so exact). Every other site is tried in each row:
        //   A, x 0     : 0     -> 0.125, 0.25   max 0.25,  no flip
        //   B, x 0.75  : 0.875 -> 0.75, 1       max 0.125, no flip
        //   C, x 0     : 0.25  -> 0, 0.125      max 0.25,  no flip
        //   A, x 0.375 : 0.375 -> 0.5, 0.625    max 0.25,  flips at 0.5
        // Largest change 0.25; one row in four flips.
        var report = await CheckVerifier<InvarianceCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = new DelegateModel(Features, r => (0.125 * r[0]) + r[1]),
            Registration = CheckTest.DefaultRegistration with
            {
                Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["site"] = new(Irrelevant: true) },
            },
            ExpectedFindings = [ExpectedFinding.Of("XAI4009").At("site").WithSeverity(Severity.Warning).WithArguments("site", 0.25, 0.01, 0.25)],
        });

        Assert.Equal(0.25, report.Value("invariance_max_change", "site"));
        Assert.Equal(0.25, report.Value("invariance_flip_rate", "site"));
        var finding = report.Findings.Single();
        Assert.Equal([0, 2, 3, 1], finding.Location.Rows);
        var table = Assert.Single(finding.Evidence.Tables!);
        Assert.Equal(["Row", "Value of 'site' (before \u2192 after)", "Score (before \u2192 after)"], table.Columns);
        Assert.Equal(["0", "A \u2192 C", "0.0000 \u2192 0.2500"], table.Rows[0]);
        Assert.Equal(["3", "A \u2192 C", "0.3750 \u2192 0.6250"], table.Rows[2]);
    }

    [Fact]
    public async Task A_numeric_identifier_is_replaced_by_draws_from_its_own_values()
    {
        // Score = 0.25 + 0.5 · record, record in {0, 1}: each row draws 10 values from {0, 1, 0, 1}; with the test seed
        // every row draws the other value at least once (probability 1 − 2^-10 per row), so the change is 0.5 and every
        // decision flips.
        var report = await CheckVerifier<InvarianceCheck>.RunAsync(new CheckTest
        {
            Data = Data,
            Model = new DelegateModel(Features, r => 0.25 + (0.5 * r[2])),
            Registration = CheckTest.DefaultRegistration with { Features = SiteAndRecordIrrelevant },
        });

        Assert.Equal(0.5, report.Value("invariance_max_change", "record"));
        Assert.Equal(1, report.Value("invariance_flip_rate", "record"));
        Assert.Equal(0, report.Value("invariance_max_change", "site"));
        Assert.Equal(["XAI4009"], report.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public async Task The_tolerance_is_an_option_and_an_irrelevant_column_the_model_does_not_read_is_invariant()
    {
        var report = await CheckVerifier<InvarianceCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = new DelegateModel(Features, r => (0.125 * r[0]) + r[1]),
            Registration = CheckTest.DefaultRegistration with
            {
                Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["site"] = new(Irrelevant: true), ["ward"] = new(Irrelevant: true) },
            },
            Configuration = Configure.Options("XAI4009", ("tolerance", 0.25)),
        });

        Assert.Equal(0.25, report.Value("invariance_max_change", "site"));
        Assert.Equal(0, report.Value("invariance_max_change", "ward"));
    }

    [Fact]
    public async Task Without_irrelevant_features_nothing_is_probed_and_the_reason_is_given()
    {
        var report = await CheckVerifier<InvarianceCheck>.VerifyAsync(new CheckTest
        {
            Data = Data,
            Model = new DelegateModel(Features, r => r[0]),
            ExpectedFindings = [ExpectedFinding.Of("XAI0004").WithMessage("Check 'InvarianceCheck' was skipped: no feature is declared irrelevant in data.features")],
        });

        Assert.Empty(report.Measurements);
    }

    [Fact]
    public async Task The_groups_hit_hardest_are_named_and_small_groups_suppressed()
    {
        // 24 rows: 12 F at x 0.45, 10 M at x 0.1, 2 X at x 0.45. Score = x + 0.1 · flag (flag 0 or 1, irrelevant):
        // every row gains or loses 0.1 when its flag changes (each row draws both values with the test seed). F rows
        // (0.45 <-> 0.55) flip, M rows (0.1 <-> 0.2) do not; X has fewer than 10 rows and is suppressed.
        var sex = Enumerable.Repeat("F", 12).Concat(Enumerable.Repeat("M", 10)).Concat(Enumerable.Repeat("X", 2)).ToArray();
        double[] x = [.. sex.Select(s => s == "M" ? 0.1 : 0.45)];
        double[] flag = [.. Enumerable.Range(0, 24).Select(i => (double)(i % 2))];
        var report = await CheckVerifier<InvarianceCheck>.RunAsync(new CheckTest
        {
            Data = Table(Numeric("x", x), Numeric("flag", flag), Categorical("sex", sex)),
            Model = Models.Of(r => r[0] + (0.1 * r[1]), "x", "flag"),
            Registration = CheckTest.DefaultRegistration with
            {
                SensitiveAttributes = ["sex"],
                Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["flag"] = new(Irrelevant: true) },
            },
        });

        Assert.Equal(1, report.Value("group_flip_rate", "invariance:flag|sex=F"));
        Assert.Equal(0, report.Value("group_flip_rate", "invariance:flag|sex=M"));
        Assert.Equal(0.1, report.Value("group_mean_abs_score_change", "invariance:flag|sex=M"), 12);
        Assert.DoesNotContain(report.Measurements, m => m.Subject == "invariance:flag|sex=X");
        var table = report.Findings.Single().Evidence.Tables!.Single(t => t.Columns[0] == "Group");
        Assert.Equal("Decision flip rate by group when 'flag' changes, worst first", table.Title);
        Assert.Equal(["sex=X", "< 10", "suppressed", "suppressed"], table.Rows[2]);
    }

    [Fact]
    public void Category_replacements_are_distinct_other_levels() =>
        Gen.Select(Gen.Int[2, 30], Gen.Int[1, 12], Gen.Int[0, 1000]).Sample((levels, draws, seed) =>
        {
            var data = Table(Categorical("c", [.. Enumerable.Range(0, levels).Select(i => "L" + i)]));
            var matrix = FeatureMatrix.FromData(data, [new ModelFeature("c", ColumnKind.Categorical)]);
            var spread = FeatureSpread.Of(matrix, null)[0];
            var current = seed % levels;
            var replacements = InvarianceCheck.Replacements(spread, current, draws, new Random(seed));
            return replacements.Length == Math.Min(draws, levels - 1)
                && replacements.Distinct().Count() == replacements.Length
                && !replacements.Contains(current)
                && replacements.All(v => v >= 0 && v < levels);
        });
}
