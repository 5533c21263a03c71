using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The SHAP summary plot: one row per top feature (by mean |φ|, top to bottom), one point per explained row at its attribution,
/// coloured by the feature's value (<see cref="ColorScale"/>).
/// </summary>
internal static class BeeswarmChart
{
    public const string Title = "SHAP summary";

    public const string SubtitleFormat = "top {0} features, {1} rows each";

    public const string ColorLabel = "Feature value";

    public static ChartSpec Build(AttributionResult result, FeatureMatrix rows, int[] ranking, int maxFeatures, int maxPoints, ChartOutput output)
    {
        var features = ranking.Take(maxFeatures).ToArray();
        var points = PointSample.Evenly(result.RowCount, maxPoints);
        var x = new List<double>(features.Length * points.Length);
        var y = new List<double>(x.Capacity);
        var color = new List<double>(x.Capacity);
        for (var c = 0; c < features.Length; c++)
        {
            var f = features[c];
            var scale = ColorScale.Of(Enumerable.Range(0, rows.RowCount).Select(r => rows.Row(r)[f]));
            foreach (var r in points)
            {
                x.Add(result.Value(r, f));
                y.Add(c);
                color.Add(scale.Scale(rows.Row(r)[f]));
            }
        }

        return new ChartSpec(
            ChartKind.Beeswarm,
            Title,
            output.ShapValue,
            "feature",
            [new ChartSeries("SHAP value", x, y) { Color = color }],
            [.. features.Select(f => result.FeatureNames[f])])
        {
            Subtitle = Phrase.Format(SubtitleFormat, features.Length, points.Length),
            ColorLabel = ColorLabel,
        };
    }
}
