namespace ExplainableAI.Plugins.Attribution;

/// <summary>The names of the explained outputs in chart labels (each is a key of the plugin's catalogs).</summary>
internal static class ChartOutputs
{
    public const string Margin = "margin";

    public const string Probability = "probability";

    public const string Prediction = "prediction";
}
