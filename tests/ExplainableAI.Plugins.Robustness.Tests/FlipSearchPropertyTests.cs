using CsCheck;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class FlipSearchPropertyTests
{
    // Reference 0..10: sd = sqrt(11), range [0, 10].
    private static readonly TabularData Reference = Table(Numeric("x", [.. Enumerable.Range(0, 11).Select(i => (double)i)]));

    [Fact]
    public void Flip_distance_of_a_logistic_model_is_the_distance_to_its_boundary()
    {
        // sigmoid(w · (x − c)) crosses 0.5 exactly at x = c whatever w, so the flip distance from x0 is |x0 − c| / sd,
        // found from above to within 2 / 8^5 sd.
        var gen = Gen.Select(Gen.Double[0, 10], Gen.Double[0.5, 9.5], Gen.Double[-5, 5])
            .Where(s => Math.Abs(s.Item1 - s.Item2) > 1e-3 && Math.Abs(s.Item3) > 0.1);
        gen.Sample((x0, c, w) =>
        {
            var model = new DelegateModel([new ModelFeature("x", ColumnKind.Numeric)], row => 1 / (1 + Math.Exp(-w * (row[0] - c))));
            var report = CheckVerifier<MinimalFlipCheck>.RunAsync(new CheckTest { Data = Table(Numeric("x", x0)), Reference = Reference, Model = model })
                .GetAwaiter().GetResult();

            var found = report.Value("median_flip_distance");
            var exact = Math.Abs(x0 - c) / Math.Sqrt(11);
            Assert.InRange(found - exact, -1e-9, 2 / Math.Pow(8, 5) + 1e-9);
        }, iter: 60);
    }

    [Fact]
    public void Monotone_profiles_never_violate()
    {
        // Any row whose scores never decrease along the grid has no violation, whatever the other rows do.
        var gen = Gen.Double[0, 1].Array[11].Array[1, 20];
        gen.Sample(rows =>
        {
            var sorted = rows.Select(r => r.OrderBy(v => v).ToArray()).ToArray();
            var profile = MonotoneProfile.Of([.. sorted.SelectMany(r => r)], sorted.Length, 11, 0.001);
            Assert.True(profile.Direction >= 0);
            Assert.Equal(0, profile.ViolationRate);
        });
    }
}
