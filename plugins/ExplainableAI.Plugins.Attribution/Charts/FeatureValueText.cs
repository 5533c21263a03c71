using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>One feature's value as short text for chart labels: a level name, a number to four significant digits, or "missing".</summary>
internal static class FeatureValueText
{
    public const string Missing = "missing";

    public const string LabelFormat = "{0} = {1}";

    public static string Format(FeatureMatrix matrix, int row, int feature)
    {
        var value = matrix.Row(row)[feature];
        if (double.IsNaN(value))
        {
            return Missing;
        }

        var levels = matrix.LevelsOf(feature);
        return matrix.Features[feature].Kind == ColumnKind.Categorical && value >= 0 && value < levels.Count
            ? levels[(int)value]
            : NumberText.Format(value, 4);
    }

    /// <summary>A label such as <c>lactate = 4.2</c>: one feature of the row, never the whole row.</summary>
    public static string Label(FeatureMatrix matrix, int row, int feature) =>
        Phrase.Format(LabelFormat, matrix.Features[feature].Name, Format(matrix, row, feature));
}
