using System.Globalization;
using ExplainableAI.Core;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>
/// A waterfall's subtitle gives the output its bars end at and the base value they start from; beside a logistic model's margin,
/// the probability σ(margin) = 1 / (1 + e^−margin), checked here in closed form from the model's weights.
/// </summary>
public sealed class WaterfallSubtitleTests
{
    private const int Rows = 40;

    private static readonly double[] Weights = [1.5, -2, 0.7];

    private const double Bias = -0.3;

    [Fact]
    public async Task Logistic_margin_of_ln_3_is_probability_three_quarters()
    {
        // x0 = (−ln 3, 0, ln 3), x1 = 0, no bias: base value = mean margin = 0 → σ = 0.5; the highest-risk row has margin ln 3
        // (1.0986…), σ(ln 3) = 1 / (1 + 1/3) = 0.75.
        var model = new LinearTestModel([1, 1], 0, TreeLink.Logistic);
        var data = TestData.Table(TestData.Numeric("x0", -Math.Log(3), 0, Math.Log(3)), TestData.Numeric("x1", 0, 0, 0));
        var report = await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = data, Model = model });

        var waterfall = Assert.Single(Waterfalls(report));
        Assert.Equal("Row 2, highest risk", waterfall.Title);
        Assert.Equal("margin 1.1 → probability 0.75; base value 0 → 0.5 (the model's probability: sigmoid of the margin)", waterfall.Subtitle);
    }

    [Fact]
    public async Task Logistic_waterfalls_give_sigmoid_of_margin_and_of_base_value()
    {
        var model = new LinearTestModel(Weights, Bias, TreeLink.Logistic);
        var (data, x) = Data();
        var report = await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = data, Model = model, Registration = CheckTest.DefaultRegistration with { LabelColumn = "y", PositiveClass = "true" } });

        // Linear SHAP against every row: base value = bias + Σ wᵢ·mean(xᵢ).
        var baseValue = Bias + Enumerable.Range(0, Weights.Length).Sum(f => Weights[f] * x[f].Average());
        var waterfalls = Waterfalls(report).ToArray();
        Assert.Equal(3, waterfalls.Length);
        foreach (var waterfall in waterfalls)
        {
            var row = RowOf(waterfall);
            var margin = Bias + Enumerable.Range(0, Weights.Length).Sum(f => Weights[f] * x[f][row]);
            var expected = Phrase.Format(
                WaterfallCaption.SigmoidFormat,
                NumberText.Format(margin),
                NumberText.Format(1 / (1 + Math.Exp(-margin))),
                NumberText.Format(baseValue),
                NumberText.Format(1 / (1 + Math.Exp(-baseValue))));
            Assert.Equal(expected, waterfall.Subtitle);
        }

        Assert.Matches(@"^Row \d+, missed positive \(threshold 0\.5\)$", waterfalls[1].Title);
    }

    [Fact]
    public async Task Platt_calibrated_margin_gives_the_calibration_and_the_base_value_probability()
    {
        // p = σ(2·margin + 1): found from the explained rows, so the base value gets its probability σ(2·base + 1).
        var model = new CalibratedTestModel(Weights, Bias, m => Logistic((2 * m) + 1));
        var (data, x) = Data();
        var report = await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = data, Model = model });

        // Exact Shapley values against every row: base value = mean margin = bias + Σ wᵢ·mean(xᵢ) (the margin is linear).
        var baseValue = Bias + Enumerable.Range(0, Weights.Length).Sum(f => Weights[f] * x[f].Average());
        var waterfall = Assert.Single(Waterfalls(report));
        var row = RowOf(waterfall);
        var margin = Bias + Enumerable.Range(0, Weights.Length).Sum(f => Weights[f] * x[f][row]);
        var expected = $"margin {NumberText.Format(margin)} → probability {NumberText.Format(Logistic((2 * margin) + 1))}; "
            + $"base value {NumberText.Format(baseValue)} → {NumberText.Format(Logistic((2 * baseValue) + 1))} (the model's probability: σ(";
        Assert.StartsWith(expected, waterfall.Subtitle, StringComparison.Ordinal);

        // The fitted A and B are 2 and 1 to rounding: written "2" or "2.00" (see NumberText).
        Assert.Matches(@"σ\(2(\.00)? × margin \+ 1(\.00)?\), as on every explained row\)$", waterfall.Subtitle);
    }

    [Fact]
    public async Task Other_calibration_gives_the_model_probability_and_no_base_value_probability()
    {
        // p = σ(m + sin m / 2) is monotone but no σ(A·m + B): the row's own probability only.
        static double Calibration(double m) => Logistic(m + (0.5 * Math.Sin(m)));
        var model = new CalibratedTestModel(Weights, Bias, Calibration);
        var (data, x) = Data();
        var report = await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = data, Model = model });

        var baseValue = Bias + Enumerable.Range(0, Weights.Length).Sum(f => Weights[f] * x[f].Average());
        var waterfall = Assert.Single(Waterfalls(report));
        var row = RowOf(waterfall);
        var margin = Bias + Enumerable.Range(0, Weights.Length).Sum(f => Weights[f] * x[f][row]);
        var expected = Phrase.Format(
            WaterfallCaption.CalibratedFormat, NumberText.Format(margin), NumberText.Format(Calibration(margin)), NumberText.Format(baseValue));
        Assert.Equal(expected, waterfall.Subtitle);
    }

    [Fact]
    public async Task Regression_waterfall_gives_prediction_and_base_value()
    {
        var model = new LinearTestModel(Weights, Bias, TreeLink.Identity);
        var (data, x) = Data();
        var report = await CheckVerifier<GlobalImportanceCheck>.RunAsync(new CheckTest { Data = data, Model = model });

        var baseValue = Bias + Enumerable.Range(0, Weights.Length).Sum(f => Weights[f] * x[f].Average());
        var waterfall = Assert.Single(Waterfalls(report));
        var row = RowOf(waterfall);
        var prediction = Bias + Enumerable.Range(0, Weights.Length).Sum(f => Weights[f] * x[f][row]);
        Assert.Equal($"prediction {NumberText.Format(prediction)} from base value {NumberText.Format(baseValue)}", waterfall.Subtitle);
        Assert.Equal("SHAP value (prediction)", waterfall.XLabel);
    }

    [Theory]
    [InlineData(0.0, 0.5, true)]
    [InlineData(-23.21, 9.27e-5, false)]
    [InlineData(2.0, 0.880797, true)]
    [InlineData(2.0, 0.8808, false)]
    public void Sigmoid_link_is_recognised_within_single_precision(double margin, double probability, bool expected) =>
        // σ(2) = 0.8807970779…: 0.880797 is it to single precision (error 8·10⁻⁸), 0.8808 is not (3·10⁻⁶);
        // σ(−23.21) = 8.35·10⁻¹¹, while 9.27·10⁻⁵ is the demo's calibrated probability at that margin.
        Assert.Equal(expected, MarginLink.Detect([(margin, probability)]) is { IsSigmoid: true });

    [Fact]
    public void Platt_link_is_fitted_from_single_precision_probabilities()
    {
        // p = σ(0.4·m − 1.5) rounded to float, as ML.NET computes it: A and B come back to 10⁻⁴.
        var pairs = Enumerable.Range(0, 50).Select(i => -25 + i).Select(m => ((double)m, (double)(float)Logistic((0.4 * m) - 1.5))).ToArray();
        var link = Assert.IsType<MarginLink>(MarginLink.Detect(pairs));
        Assert.Equal(0.4, link.A, 1e-4);
        Assert.Equal(-1.5, link.B, 1e-4);
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));

    private static (TabularData Data, double[][] X) Data()
    {
        var matrix = Models.Random(Rows, Weights.Length, 11);
        var x = Enumerable.Range(0, Weights.Length).Select(f => Enumerable.Range(0, Rows).Select(r => matrix.Row(r)[f]).ToArray()).ToArray();
        var label = Enumerable.Range(0, Rows).Select(r => (bool?)(r % 3 == 0)).ToArray();
        return (TestData.Table([.. Models.Table(matrix).Columns, TestData.Boolean("y", label)]), x);
    }

    private static int RowOf(ChartSpec waterfall) =>
        int.Parse(waterfall.Title.Split(',')[0]["Row ".Length..], CultureInfo.InvariantCulture);

    private static IEnumerable<ChartSpec> Waterfalls(AuditResult report) =>
        report.Findings.Single(f => f.RuleId == "XAI1001").Evidence.Charts!.Where(c => c.Kind == ChartKind.Waterfall);
}
