using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// A label column read as binary: exactly two distinct non-missing values, one of them positive. The positive value is
/// the registration's positive class when given (matched to the level's text, or for numeric and boolean labels to the
/// number), else 1 of a boolean label, else a value written <c>true</c> (any case) or <c>1</c>, else the second of the
/// two values in sorted order (numbers ascending, text ordinal). The same rules as the data-quality plugin's.
/// </summary>
internal sealed class BinaryLabel
{
    private BinaryLabel(DataColumn column, double positive, string positiveName)
    {
        Column = column;
        Positive = positive;
        PositiveName = positiveName;
    }

    /// <summary>The label column.</summary>
    public DataColumn Column { get; }

    /// <summary>The stored value of the positive class.</summary>
    public double Positive { get; }

    /// <summary>The text of the positive class.</summary>
    public string PositiveName { get; }

    /// <summary>Reads a label as binary.</summary>
    /// <param name="column">The label column.</param>
    /// <param name="positiveClass">The registered positive class, if any.</param>
    /// <returns>The binary label, or <see langword="null"/> when the label does not have exactly two distinct values.</returns>
    /// <exception cref="InvalidAuditInputException">The registered positive class is neither of the label's values.</exception>
    public static BinaryLabel? TryRead(DataColumn column, string? positiveClass)
    {
        var distinct = new SortedSet<double>();
        foreach (var v in column.Values)
        {
            if (!double.IsNaN(v) && distinct.Add(v == 0 ? 0 : v) && distinct.Count > 2)
            {
                return null;
            }
        }

        if (distinct.Count != 2)
        {
            return null;
        }

        double[] values = [.. distinct];
        string[] names = [Text(column, values[0]), Text(column, values[1])];
        int chosen;
        if (positiveClass is not null)
        {
            chosen = Matches(column, values[0], names[0], positiveClass) ? 0 : Matches(column, values[1], names[1], positiveClass) ? 1 : -1;
            if (chosen < 0)
            {
                throw new InvalidAuditInputException(
                    $"the positive class '{positiveClass}' is neither of the values of label column '{column.Name}' ('{names[0]}', '{names[1]}')",
                    field: "positive_class");
            }
        }
        else if (column.Kind == ColumnKind.Boolean)
        {
            chosen = values[0] == 1 ? 0 : 1;
        }
        else if (IsTrueText(names[0]) != IsTrueText(names[1]))
        {
            chosen = IsTrueText(names[0]) ? 0 : 1;
        }
        else
        {
            // Numbers are ascending already; level indices follow file order, so compare their text.
            chosen = column.Kind == ColumnKind.Numeric || string.CompareOrdinal(names[0], names[1]) < 0 ? 1 : 0;
        }

        return new BinaryLabel(column, values[chosen], names[chosen]);
    }

    /// <summary>Whether a stored, non-missing value is the positive class.</summary>
    /// <param name="value">A stored label value.</param>
    /// <returns><see langword="true"/> when positive.</returns>
    public bool IsPositive(double value) => value == Positive;

    private static bool IsTrueText(string name) =>
        string.Equals(name, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "1", StringComparison.Ordinal);

    private static bool Matches(DataColumn column, double value, string name, string positiveClass) =>
        string.Equals(name, positiveClass, StringComparison.Ordinal)
        || (column.Kind != ColumnKind.Categorical
            && double.TryParse(positiveClass, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == value);

    private static string Text(DataColumn column, double value) =>
        column.Kind == ColumnKind.Numeric || value < 0 || value >= column.Levels.Count
            ? value.ToString("R", CultureInfo.InvariantCulture)
            : column.Levels[(int)value];
}
