using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// A SHAP dependence plot: for each explained row with the feature present, x = the feature's value, y = its attribution,
/// coloured by the value of the strongest interacting feature (<see cref="InteractionPartner"/>) when there is one, scaled
/// as in the beeswarm (<see cref="ColorScale"/>); the chart's colour label names that feature and the subtitle says it was
/// picked by a heuristic, so a reader does not take the colouring for a proven interaction.
/// </summary>
internal static class DependenceChart
{
    public const string TitleFormat = "Dependence: {0}";

    public const string PartnerFormat = "colour: {0}, the likeliest interacting feature (heuristic, mean |r| {1})";

    public static ChartSpec Build(AttributionResult result, FeatureMatrix rows, int feature, int maxPoints, ChartOutput output, string? unit)
    {
        var present = Enumerable.Range(0, result.RowCount).Where(r => !double.IsNaN(rows.Row(r)[feature])).ToArray();
        var points = PointSample.Evenly(present.Length, maxPoints).Select(i => present[i]).ToArray();
        var partner = InteractionPartner.Find(result, rows, feature);
        var name = result.FeatureNames[feature];
        var series = new ChartSeries(
            output.ShapValueOf(name),
            [.. points.Select(r => rows.Row(r)[feature])],
            [.. points.Select(r => result.Value(r, feature))]);
        string? subtitle = null;
        string? colorLabel = null;
        if (partner is var (p, score))
        {
            var scale = ColorScale.Of(Enumerable.Range(0, rows.RowCount).Select(r => rows.Row(r)[p]));
            series = series with { Color = [.. points.Select(r => scale.Scale(rows.Row(r)[p]))] };
            colorLabel = result.FeatureNames[p];
            subtitle = Phrase.Format(PartnerFormat, colorLabel, NumberText.Format(score, 2));
        }

        return new ChartSpec(
            ChartKind.Scatter,
            Phrase.Format(TitleFormat, name),
            unit is null ? name : name + " (" + unit + ")",
            output.ShapValueOf(name, withOutput: true),
            [series])
        {
            Subtitle = subtitle,
            ColorLabel = colorLabel,
        };
    }
}
