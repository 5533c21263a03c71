using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class MinimalFlipCheckTests
{
    // The refinement leaves the distance within 2 / 8^5 sd above the exact flip point.
    private const double Tolerance = 1e-4;

    // Reference 0..10 in both features: sd = sqrt(11), range [0, 10].
    private static readonly TabularData Reference = Table(
        Numeric("x", [.. Enumerable.Range(0, 11).Select(i => (double)i)]),
        Numeric("z", [.. Enumerable.Range(0, 11).Select(i => (double)i)]));

    private static readonly double Sd = Math.Sqrt(11);

    [Fact]
    public async Task Flip_distances_of_a_linear_model_are_the_margins_in_standard_deviations()
    {
        // Score x / 10 flips at x = 5: rows 2, 4, 7, 9 are 3, 1, 2, 4 units away. Median of 0.3015, 0.6030, 0.9045, 1.2060
        // (in sd) is 2.5 / sqrt(11) = 0.7538. z does not move the score, so it never flips and no pair is searched.
        var report = await CheckVerifier<MinimalFlipCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("x", 2, 4, 7, 9), Numeric("z", 5, 5, 5, 5)),
            Reference = Reference,
            Model = Models.Of(r => r[0] / 10, "x", "z"),
        });

        Assert.Equal(2.5 / Sd, report.Value("median_flip_distance"), Tolerance);
        Assert.Equal(2.5 / Sd, report.Value("median_flip_distance", "x"), Tolerance);
        Assert.DoesNotContain(report.Measurements, m => m.Name == "median_flip_distance" && m.Subject == "z");
        Assert.Equal(1, report.Value("flip_found_share"));
    }

    [Fact]
    public async Task A_declared_limit_narrows_the_range_a_flip_may_use()
    {
        // As above, but x is declared at most 4.5: rows 2 and 4 cannot reach x = 5 without passing the limit, so only
        // rows 7 and 9 flip (2 and 4 units down): median 3 / sqrt(11), found for half of the rows.
        var report = await CheckVerifier<MinimalFlipCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("x", 2, 4, 7, 9), Numeric("z", 5, 5, 5, 5)),
            Reference = Reference,
            Model = Models.Of(r => r[0] / 10, "x", "z"),
            Registration = CheckTest.DefaultRegistration with { Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["x"] = new(Maximum: 4.5) } },
        });

        Assert.Equal(3 / Sd, report.Value("median_flip_distance"), Tolerance);
        Assert.Equal(0.5, report.Value("flip_found_share"));
    }

    [Fact]
    public async Task Two_features_together_flip_at_the_euclidean_distance_to_the_boundary()
    {
        // Score (x + z) / 20 flips at x + z = 10. From (4, 4) one feature alone needs 2 units; both together reach the
        // boundary at Euclidean distance 2 / sqrt(2) = sqrt(2) units, i.e. sqrt(2) / sqrt(11) sd.
        var report = await CheckVerifier<MinimalFlipCheck>.RunAsync(new CheckTest
        {
            Data = Table(Numeric("x", 4), Numeric("z", 4)),
            Reference = Reference,
            Model = Models.Of(r => (r[0] + r[1]) / 20, "x", "z"),
        });

        Assert.Equal(Math.Sqrt(2) / Sd, report.Value("median_flip_distance"), Tolerance);
        Assert.Equal(2 / Sd, report.Value("median_flip_distance", "x"), Tolerance);
    }

    [Fact]
    public async Task Rows_near_the_threshold_are_reported_with_only_the_changed_features()
    {
        // x = 4.9 and 5.05 are 0.1 and 0.05 (just over: x must fall below 5) from the flip point: median 0.075 units = 0.0226 sd.
        var report = await CheckVerifier<MinimalFlipCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("x", 4.9, 5.05), Numeric("z", 3, 3)),
            Reference = Reference,
            Model = Models.Of(r => r[0] / 10, "x", "z"),
            ExpectedFindings = [ExpectedFinding.Of("XAI4008").WithSeverity(Severity.Warning)],
        });

        Assert.Equal(0.075 / Sd, report.Value("median_flip_distance"), Tolerance);
        var table = Assert.Single(report.Findings.Single().Evidence.Tables!);
        Assert.All(table.Rows, row => Assert.Equal("x", row[1]));
        Assert.Equal("1", table.Rows[0][0]);
        Assert.Equal("5.05", table.Rows[0][2]);
    }

    [Fact]
    public async Task No_flip_is_sought_beyond_the_reference_range()
    {
        // From x = 1 the flip point 5 is inside the range, but the reference here stops at 4.
        var reference = Table(Numeric("x", 0, 1, 2, 3, 4));
        var report = await CheckVerifier<MinimalFlipCheck>.RunAsync(new CheckTest
        {
            Data = Table(Numeric("x", 1)),
            Reference = reference,
            Model = Models.Linear(),
        });

        Assert.Equal(0, report.Value("flip_found_share"));
        Assert.False(report.Has("median_flip_distance"));
    }
}
