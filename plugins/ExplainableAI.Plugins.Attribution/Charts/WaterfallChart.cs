using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// How one row's output is built: from the base value, the attributions of its largest contributors by |φ| (labelled
/// <c>feature = value</c>, only that feature's value), then one bar for the sum of all the others; the bars end at the
/// explained output, since base value + Σ φ = output. The title names the row; the subtitle (<see cref="WaterfallCaption"/>)
/// gives the output and base value, with the model's probability beside a margin.
/// </summary>
internal static class WaterfallChart
{
    public const string OtherFormat = "other {0} features";

    public static ChartSpec Build(AttributionResult result, int resultRow, FeatureMatrix rows, int matrixRow, int maxFeatures, string title, ChartOutput output, string? subtitle = null)
    {
        var width = result.FeatureNames.Count;
        var order = Enumerable.Range(0, width).OrderByDescending(f => Math.Abs(result.Value(resultRow, f))).ThenBy(f => f).ToArray();
        var shown = order.Take(maxFeatures).ToArray();
        var categories = shown.Select(f => FeatureValueText.Label(rows, matrixRow, f)).ToList();
        var contributions = shown.Select(f => result.Value(resultRow, f)).ToList();
        var rest = order.Length - shown.Length;
        if (rest > 0)
        {
            categories.Add(Phrase.Format(OtherFormat, rest));
            contributions.Add(order.Skip(maxFeatures).Sum(f => result.Value(resultRow, f)));
        }

        return new ChartSpec(
            ChartKind.Waterfall,
            title,
            output.ShapValue,
            "feature",
            [new ChartSeries("contribution", [.. Enumerable.Range(0, contributions.Count).Select(i => (double)i)], contributions)],
            categories)
        {
            ReferenceValue = result.BaseValues[resultRow],
            Subtitle = subtitle ?? WaterfallCaption.Build(output, null, result.Predictions[resultRow], result.BaseValues[resultRow], null),
        };
    }
}
