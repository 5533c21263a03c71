using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The stored value of the positive class of a label: the registration's positive class matched to a level's text (or, for
/// numeric and boolean labels, to the number); without one, 1 for a boolean label or a level written <c>true</c> or <c>1</c>.
/// </summary>
internal static class PositiveLabel
{
    public static double? Read(DataColumn label, string? positiveClass)
    {
        if (label.Kind == ColumnKind.Categorical)
        {
            var name = positiveClass ?? label.Levels.FirstOrDefault(l => string.Equals(l, "true", StringComparison.OrdinalIgnoreCase) || l == "1");
            var index = name is null ? -1 : IndexOf(label.Levels, name);
            return index < 0 ? null : index;
        }

        if (positiveClass is null)
        {
            return 1;
        }

        if (label.Kind == ColumnKind.Boolean && IndexOf(label.Levels, positiveClass) is var level and >= 0)
        {
            return level;
        }

        return double.TryParse(positiveClass, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private static int IndexOf(IReadOnlyList<string> levels, string name)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            if (string.Equals(levels[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
