using System.Globalization;

namespace ExplainableAI.Sdk.Statistics;

/// <summary>
/// A label column read as binary: exactly two distinct non-missing values, one of them positive. The positive value is
/// the registration's positive class when given (matched by <see cref="Denotes"/>), else 1 of a boolean label, else a value written <c>true</c> (any case) or
/// <c>1</c>, else the second of the two values in sorted order (numbers ascending, text ordinal). Every check that needs
/// outcomes reads them here, so all of a report's checks agree on which rows are positive.
/// </summary>
public sealed class BinaryLabel
{
    /// <summary>The outcome of a row whose label is missing, in <see cref="Outcomes"/>.</summary>
    public const byte Missing = 255;

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
    /// <param name="unknownPositiveClassIsError">
    /// Whether a registered positive class that is neither of the label's values is bad input (the default: the checks
    /// that measure performance cannot proceed) or only means there are no outcomes to read (a check that merely uses
    /// outcomes when it can, and leaves the error to those checks).
    /// </param>
    /// <returns>The binary label, or <see langword="null"/> when the label does not have exactly two distinct values.</returns>
    /// <exception cref="InvalidAuditInputException">The registered positive class is neither of the label's values.</exception>
    public static BinaryLabel? TryRead(DataColumn column, string? positiveClass, bool unknownPositiveClassIsError = true)
    {
        ArgumentNullException.ThrowIfNull(column);
        var classes = Classes(column, stopAbove: 2);
        if (classes.Count != 2)
        {
            return null;
        }

        int chosen;
        if (positiveClass is not null)
        {
            chosen = Denotes(positiveClass, column.Kind, classes[0].Value, classes[0].Name) ? 0
                : Denotes(positiveClass, column.Kind, classes[1].Value, classes[1].Name) ? 1
                : -1;
            if (chosen < 0)
            {
                return unknownPositiveClassIsError
                    ? throw new InvalidAuditInputException(
                        $"the positive class '{positiveClass}' is neither of the values of label column '{column.Name}' ('{classes[0].Name}', '{classes[1].Name}')",
                        field: "positive_class")
                    : null;
            }
        }
        else if (column.Kind == ColumnKind.Boolean)
        {
            chosen = classes[0].Value == 1 ? 0 : 1;
        }
        else if (IsTrueText(classes[0].Name) != IsTrueText(classes[1].Name))
        {
            chosen = IsTrueText(classes[0].Name) ? 0 : 1;
        }
        else
        {
            // Numbers are ascending already; level indices follow file order, so compare their text.
            chosen = column.Kind == ColumnKind.Numeric || string.CompareOrdinal(classes[0].Name, classes[1].Name) < 0 ? 1 : 0;
        }

        return new BinaryLabel(column, classes[chosen].Value, classes[chosen].Name);
    }

    /// <summary>The distinct non-missing values of a label column with their row counts, ascending by stored value.</summary>
    /// <param name="column">The label column.</param>
    /// <returns>The classes (none when every row is missing).</returns>
    public static IReadOnlyList<LabelClass> Classes(DataColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Classes(column, stopAbove: int.MaxValue);
    }

    /// <summary>
    /// The one rule for whether a registered positive class names a class, shared by the label read here and by the
    /// model adapters (a binary model's classes are <c>0</c>/<c>1</c> or ML.NET's and ONNX's <c>false</c>/<c>true</c>),
    /// so data and model agree on which class is positive. It matches the class's text exactly (ordinal, so the level
    /// <c>Yes</c> is not <c>yes</c>); for a numeric or boolean class the number too, so <c>1.0</c> names 1; and for a
    /// boolean class <c>true</c>/<c>false</c> in any case, because ML.NET, ONNX and YAML write booleans as
    /// <c>True</c>, <c>true</c> or <c>TRUE</c>. A categorical class is never matched by its level index.
    /// </summary>
    /// <param name="positiveClass">The registered positive class.</param>
    /// <param name="kind">The kind of the label (or of the model's classes: <see cref="ColumnKind.Boolean"/> for false/true, <see cref="ColumnKind.Numeric"/> for 0/1).</param>
    /// <param name="value">The class's stored value: the number, 0/1 of a boolean, or the level index.</param>
    /// <param name="name">The class's text: the number in round-trip form, or the level's name.</param>
    /// <returns><see langword="true"/> when <paramref name="positiveClass"/> names the class.</returns>
    public static bool Denotes(string positiveClass, ColumnKind kind, double value, string name)
    {
        ArgumentNullException.ThrowIfNull(positiveClass);
        ArgumentNullException.ThrowIfNull(name);
        if (string.Equals(name, positiveClass, StringComparison.Ordinal))
        {
            return true;
        }

        if (kind == ColumnKind.Categorical)
        {
            return false;
        }

        // Not bool.TryParse: it also accepts surrounding white space, which no other match here forgives.
        if (kind == ColumnKind.Boolean && (IsWord(positiveClass, "true") || IsWord(positiveClass, "false")))
        {
            return value == (IsWord(positiveClass, "true") ? 1 : 0);
        }

        return double.TryParse(positiveClass, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == value;
    }

    /// <summary>Whether a stored, non-missing value is the positive class.</summary>
    /// <param name="value">A stored label value.</param>
    /// <returns><see langword="true"/> when positive.</returns>
    public bool IsPositive(double value) => value == Positive;

    /// <summary>The outcome of every row: 1 positive, 0 negative, <see cref="Missing"/> when the label is missing.</summary>
    /// <returns>One outcome per row.</returns>
    public byte[] Outcomes()
    {
        var values = Column.Values;
        var outcomes = new byte[values.Length];
        for (var r = 0; r < values.Length; r++)
        {
            outcomes[r] = double.IsNaN(values[r]) ? Missing : values[r] == Positive ? (byte)1 : (byte)0;
        }

        return outcomes;
    }

    // The classes, or as soon as there are more than stopAbove of them, those seen so far (enough to say "too many").
    private static List<LabelClass> Classes(DataColumn column, int stopAbove)
    {
        var counts = new Dictionary<double, int>();
        foreach (var v in column.Values)
        {
            if (double.IsNaN(v))
            {
                continue;
            }

            // -0 and 0 are one class.
            var key = v == 0 ? 0 : v;
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (counts.Count > stopAbove)
            {
                break;
            }
        }

        var classes = new List<LabelClass>(counts.Count);
        foreach (var (value, rows) in counts.OrderBy(c => c.Key))
        {
            classes.Add(new LabelClass(value, Text(column, value), rows));
        }

        return classes;
    }

    private static bool IsTrueText(string name) => IsWord(name, "true") || string.Equals(name, "1", StringComparison.Ordinal);

    private static bool IsWord(string text, string word) => string.Equals(text, word, StringComparison.OrdinalIgnoreCase);

    private static string Text(DataColumn column, double value) =>
        column.Kind == ColumnKind.Numeric || value < 0 || value >= column.Levels.Count
            ? value.ToString("R", CultureInfo.InvariantCulture)
            : column.Levels[(int)value];
}
