using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// A SHAP dependence plot: for each explained row with the feature present, x = the feature's value, y = its attribution,
/// coloured by the value of the strongest interacting feature (<see cref="InteractionPartner"/>) when there is one.
/// </summary>
internal static class DependenceChart
{
    public static ChartSpec Build(AttributionResult result, FeatureMatrix rows, int feature, int maxPoints, string outputName, string? unit)
    {
        var present = Enumerable.Range(0, result.RowCount).Where(r => !double.IsNaN(rows.Row(r)[feature])).ToArray();
        var points = PointSample.Evenly(present.Length, maxPoints).Select(i => present[i]).ToArray();
        var partner = InteractionPartner.Find(result, rows, feature);
        var name = result.FeatureNames[feature];
        var series = new ChartSeries(
            "SHAP value of " + name,
            [.. points.Select(r => rows.Row(r)[feature])],
            [.. points.Select(r => result.Value(r, feature))]);
        if (partner is { } p)
        {
            var scale = ColorScale.Of(Enumerable.Range(0, rows.RowCount).Select(r => rows.Row(r)[p]));
            series = series with { Color = [.. points.Select(r => scale.Scale(rows.Row(r)[p]))] };
        }

        var title = "Dependence: " + name + (partner is { } q ? " (colour: " + result.FeatureNames[q] + ")" : string.Empty);
        return new ChartSpec(
            ChartKind.Scatter,
            title,
            unit is null ? name : name + " (" + unit + ")",
            "SHAP value of " + name + " (" + outputName + ")",
            [series]);
    }
}
