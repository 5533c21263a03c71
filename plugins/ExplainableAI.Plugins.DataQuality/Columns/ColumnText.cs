using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.DataQuality;

/// <summary>The text of a column's value as reports and subjects show it (invariant culture).</summary>
internal static class ColumnText
{
    /// <summary>The text of a non-missing stored value of the column.</summary>
    /// <param name="column">The column.</param>
    /// <param name="value">A stored value (a number, 0/1, or a level index).</param>
    /// <returns>The number in round-trip form, or the level's name.</returns>
    public static string Of(DataColumn column, double value) =>
        column.Kind == ColumnKind.Numeric || value < 0 || value >= column.Levels.Count
            ? value.ToString("R", CultureInfo.InvariantCulture)
            : column.Levels[(int)value];

    /// <summary>Whether the column plays a role that is not a feature: the label or the precomputed score.</summary>
    /// <param name="registration">The registration.</param>
    /// <param name="name">The column's name.</param>
    /// <returns><see langword="true"/> for the label and score columns.</returns>
    public static bool IsLabelOrScore(RegistrationInfo registration, string name) =>
        string.Equals(name, registration.LabelColumn, StringComparison.Ordinal)
        || string.Equals(name, registration.ScoreColumn, StringComparison.Ordinal);
}
