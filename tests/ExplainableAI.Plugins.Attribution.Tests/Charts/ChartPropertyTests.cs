using CsCheck;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class ChartPropertyTests
{
    [Fact]
    public void Waterfall_bars_always_add_up_to_the_explained_output() =>
        Gen.Select(Gen.Int, Gen.Int[1, 7], Gen.Int[1, 10]).Sample((seed, d, shown) =>
        {
            var rows = Models.Random(3, d, seed);
            var background = Models.Random(5, d, seed + 1);
            var result = AttributionEngine.Explain(Models.Nonlinear(d), rows, background, AttributionMethod.Exact, AttributionOutput.Margin, null, null, null, default);
            for (var r = 0; r < rows.RowCount; r++)
            {
                var chart = WaterfallChart.Build(result, r, rows, r, shown, "Row", new ChartOutput(ChartOutputs.Margin));
                Assert.Equal(Math.Min(d, shown) + (d > shown ? 1 : 0), chart.Categories!.Count);
                Assert.Equal(result.Predictions[r], chart.ReferenceValue!.Value + chart.Series[0].Y.Sum(), 1e-9);
            }
        });

    [Fact]
    public void Colours_stay_in_the_unit_interval() =>
        Gen.Double[-1e6, 1e6].Array[1, 50].Sample(values =>
        {
            var scale = ColorScale.Of(values);
            Assert.All(values, v => Assert.InRange(scale.Scale(v), 0, 1));
        });

    [Fact]
    public void Rank_agreement_is_one_with_itself_symmetric_and_bounded() =>
        Gen.Double[0, 10].Array[2, 12].Select(Gen.Double[0, 10].Array[12], Gen.Int[1, 12]).Sample((a, pool, k) =>
        {
            var b = pool.Take(a.Length).ToArray();
            Assert.Equal(1, RankAgreement.TopK(a, a, k), 12);
            Assert.Equal(RankAgreement.TopK(a, b, k), RankAgreement.TopK(b, a, k), 12);
            Assert.InRange(RankAgreement.TopK(a, b, k), -1 - 1e-12, 1 + 1e-12);
        });
}
