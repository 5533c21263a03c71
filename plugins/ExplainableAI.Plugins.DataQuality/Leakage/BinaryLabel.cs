using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.DataQuality;

/// <summary>
/// A label column read as binary: exactly two distinct non-missing values, one of them positive.
/// The positive value is the registration's positive class when given (matched to the level's text, or for numeric and
/// boolean labels to the number), else the value 1 of a boolean label, else a value written <c>true</c> or <c>1</c>,
/// else the second of the two values in sorted order (numbers ascending, text ordinal).
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
        var classes = LabelClasses.Count(column);
        var present = Enumerable.Range(0, classes.Counts.Count).Where(i => classes.Counts[i] > 0).ToArray();
        if (present.Length != 2)
        {
            return null;
        }

        var chosen = positiveClass is not null
            ? present.FirstOrDefault(i => Matches(column, classes.Values[i], classes.Names[i], positiveClass), -1)
            : DefaultPositive(column, classes, present);
        if (chosen < 0)
        {
            throw new InvalidAuditInputException(
                $"the positive class '{positiveClass}' is neither of the values of label column '{column.Name}' ('{classes.Names[present[0]]}', '{classes.Names[present[1]]}')",
                field: "positive_class");
        }

        return new BinaryLabel(column, classes.Values[chosen], classes.Names[chosen]);
    }

    /// <summary>Whether a stored value is the positive class (the value must not be missing).</summary>
    /// <param name="value">A stored label value.</param>
    /// <returns><see langword="true"/> when positive.</returns>
    public bool IsPositive(double value) => value == Positive;

    private static bool Matches(DataColumn column, double value, string name, string positiveClass) =>
        string.Equals(name, positiveClass, StringComparison.Ordinal)
        || (column.Kind != ColumnKind.Categorical
            && double.TryParse(positiveClass, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == value);

    private static int DefaultPositive(DataColumn column, LabelClasses classes, int[] present)
    {
        if (column.Kind == ColumnKind.Boolean)
        {
            return present.First(i => classes.Values[i] == 1);
        }

        foreach (var i in present)
        {
            if (string.Equals(classes.Names[i], "true", StringComparison.OrdinalIgnoreCase) || string.Equals(classes.Names[i], "1", StringComparison.Ordinal))
            {
                return i;
            }
        }

        // Numeric classes are already ascending; levels are in file order, so sort their text.
        return column.Kind == ColumnKind.Numeric
            ? present[1]
            : string.CompareOrdinal(classes.Names[present[0]], classes.Names[present[1]]) < 0 ? present[1] : present[0];
    }
}
