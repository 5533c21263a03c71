using ExplainableAI.Core;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using ExplainableAI.Tests.Shared;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class AurocDropIntervalTests
{
    // 300 rows: a ~ N(0, 1), glucose ~ 5 + N(0, 1) mmol/L, c ~ N(0, 1); y = 1 when a + (glucose - 5) / 2 + N(0, 1) > 0.
    // The model scores logistic(a + (glucose - 5) / 2), reads a missing a as 0 and a missing glucose as 5, and ignores c.
    private static readonly TabularData Data = Cohort();

    private static readonly DelegateModel Model = Models.Of(Score, "a", "glucose", "c");

    // glucose in mmol/L (x18 to mg/dL is probed) and c in mg/dL (x10 to mg/L); a has no unit, so no unit probe.
    private static CheckTest Test(int seed = 42) => new()
    {
        Data = Data,
        Model = Model,
        Registration = CheckTest.DefaultRegistration with
        {
            LabelColumn = "y",
            Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["glucose"] = new(Unit: "mmol/L"), ["c"] = new(Unit: "mg/dL") },
        },
        Seed = seed,
    };

    public static TheoryData<string> Checks => [nameof(NoiseCheck), nameof(MissingInputCheck), nameof(UnitErrorCheck)];

    [Theory]
    [MemberData(nameof(Checks))]
    public async Task Every_published_auroc_drop_has_an_interval_around_it(string check)
    {
        // DeLong's interval is symmetric about the point estimate, so it always contains it.
        var report = await Run(check, Test());
        var drops = report.Measurements.Where(m => m.Name == "auroc_drop").ToList();

        Assert.NotEmpty(drops);
        Assert.All(drops, m =>
        {
            Assert.NotNull(m.Lower);
            Assert.NotNull(m.Upper);
            Assert.InRange(m.Value, m.Lower!.Value, m.Upper!.Value);
        });
    }

    [Fact]
    public async Task The_joint_missing_sets_and_the_implausible_unit_conversions_have_intervals()
    {
        var missing = await CheckVerifier<MissingInputCheck>.RunAsync(Test());
        var units = await CheckVerifier<UnitErrorCheck>.RunAsync(Test());

        // Ranked by single flip rate: a, glucose, c. Missing a and glucose together removes the whole signal: AUROC 0.5.
        var together = missing.Get("auroc_drop", "together:a+glucose");
        Assert.Equal(missing.Get("auroc_drop", "together:a+glucose+c").Value, together.Value);
        Assert.True(together.Lower > 0);

        // glucose sent in mg/dL: 18 times the values the model expects, an interval of its own.
        Assert.NotNull(units.Get("auroc_drop", "glucose:mmol/L->mg/dL").Lower);
    }

    [Theory]
    [MemberData(nameof(Checks))]
    public async Task Bootstrap_intervals_are_the_same_for_the_same_seed_and_move_with_it(string check)
    {
        var first = Intervals(await Run(check, Bootstrap(check, Test())));
        var second = Intervals(await Run(check, Bootstrap(check, Test())));
        var other = Intervals(await Run(check, Bootstrap(check, Test(seed: 7))));

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [InlineData(nameof(MissingInputCheck))]
    [InlineData(nameof(UnitErrorCheck))]
    public async Task DeLong_intervals_do_not_depend_on_the_seed(string check)
    {
        // Formerly a 200-resample bootstrap, whose intervals moved with the seed; DeLong's interval is a function of the
        // scores alone. (The noise probe's intervals still move with the seed: the noise is drawn from it.)
        Assert.Equal(Intervals(await Run(check, Test())), Intervals(await Run(check, Test(seed: 7))));
    }

    [Fact]
    public async Task A_probe_that_changes_no_score_has_a_drop_of_exactly_zero_and_the_interval_zero_to_zero()
    {
        // c is ignored: missing c and its conversion leave every score as it was; both placements agree on every row, so
        // DeLong's variance of the difference is exactly 0.
        var missing = await CheckVerifier<MissingInputCheck>.RunAsync(Test());
        var units = await CheckVerifier<UnitErrorCheck>.RunAsync(Test());

        Assert.All(
            [missing.Get("auroc_drop", "c"), .. units.Measurements.Where(m => m.Name == "auroc_drop" && m.Subject!.StartsWith("c:", StringComparison.Ordinal))],
            m => Assert.Equal((0.0, 0.0, 0.0), (m.Value, m.Lower!.Value, m.Upper!.Value)));
    }

    [Fact]
    public async Task A_joint_missing_set_that_changes_no_score_has_the_interval_zero_to_zero()
    {
        // A missing a gives NaN (an error, XAI4003, so a is not ranked); b and c are ignored. The joint set b+c leaves
        // every score as it was.
        var model = Models.Of(r => double.IsNaN(r[0]) ? double.NaN : 1 / (1 + Math.Exp(-r[0])), "a", "b", "c");
        var data = Table(Numeric("a", Column(0)), Numeric("b", Column(1)), Numeric("c", Column(2)), Numeric("y", Data["y"].Values.ToArray()));
        var report = await CheckVerifier<MissingInputCheck>.RunAsync(new CheckTest { Data = data, Model = model, Registration = CheckTest.DefaultRegistration with { LabelColumn = "y" } });

        var drop = report.Get("auroc_drop", "together:b+c");
        Assert.Equal((0.0, 0.0, 0.0), (drop.Value, drop.Lower!.Value, drop.Upper!.Value));
    }

    [Fact]
    public async Task The_missing_input_interval_is_DeLongs_paired_interval_computed_by_hand()
    {
        // Without a bootstrap (the default bootstrap_samples 0) the interval of the drop when a is missing is
        // d +- 1.959964 sqrt(Var), Var from brute-force O(n^2) placements of both scores over the same rows.
        var report = await CheckVerifier<MissingInputCheck>.RunAsync(Test());
        var (a, glucose, c) = (Column(0), Column(1), Column(2));
        var positive = Data["y"].Values.ToArray().Select(v => v == 1).ToArray();
        var baseline = a.Select((_, r) => Score([a[r], glucose[r], c[r]])).ToArray();
        var missingA = a.Select((_, r) => Score([double.NaN, glucose[r], c[r]])).ToArray();
        var (drop, variance) = BruteForce.PairedDeLong(baseline, missingA, positive);

        var measured = report.Get("auroc_drop", "a");
        Assert.Equal(drop, measured.Value, 12);
        Assert.Equal(drop - (1.959963984540054 * Math.Sqrt(variance)), measured.Lower!.Value, 12);
        Assert.Equal(drop + (1.959963984540054 * Math.Sqrt(variance)), measured.Upper!.Value, 12);
    }

    private static CheckTest Bootstrap(string check, CheckTest test) => test with
    {
        Configuration = Configure.Options(check switch { nameof(NoiseCheck) => "XAI4001", nameof(MissingInputCheck) => "XAI4004", _ => "XAI4005" }, ("bootstrap_samples", 100)),
    };

    private static Task<AuditResult> Run(string check, CheckTest test) => check switch
    {
        nameof(NoiseCheck) => CheckVerifier<NoiseCheck>.RunAsync(test),
        nameof(MissingInputCheck) => CheckVerifier<MissingInputCheck>.RunAsync(test),
        _ => CheckVerifier<UnitErrorCheck>.RunAsync(test),
    };

    private static List<(string?, double?, double?)> Intervals(AuditResult report) =>
        [.. report.Measurements.Where(m => m.Name == "auroc_drop").Select(m => (m.Subject, m.Lower, m.Upper))];

    private static double Score(double[] r) =>
        1 / (1 + Math.Exp(-((double.IsNaN(r[0]) ? 0 : r[0]) + (((double.IsNaN(r[1]) ? 5 : r[1]) - 5) / 2))));

    private static double[] Column(int index) => Data.Columns[index].Values.ToArray();

    private static TabularData Cohort()
    {
        var random = new Random(20261125);
        var rows = Enumerable.Range(0, 300).Select(_ => (A: Normal(random), G: 5 + Normal(random), C: Normal(random), E: Normal(random))).ToArray();
        return Table(
            Numeric("a", [.. rows.Select(r => r.A)]),
            Numeric("glucose", [.. rows.Select(r => r.G)]),
            Numeric("c", [.. rows.Select(r => r.C)]),
            Numeric("y", [.. rows.Select(r => r.A + ((r.G - 5) / 2) + r.E > 0 ? 1.0 : 0.0)]));
    }

    // Box–Muller.
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
