using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Data.Inference;

/// <summary>
/// Refuses a CSV column whose text cells are really numbers the invariant culture cannot read: inferring it as categorical
/// would silently change a measurement into labels, and downstream checks would then report false findings (a
/// categorical column whose levels track the label looks like leakage).
/// </summary>
internal static class MisreadNumbers
{
    // At most one text cell in twenty present ones: a stray value in a measurement, not a column of codes such as stage 1, 2, IIa.
    private const int NumbersPerStrayText = 19;

    /// <summary>Throws when an inferred column holds numbers with a decimal comma, or numbers with a few unreadable cells.</summary>
    /// <param name="path">The file.</param>
    /// <param name="name">The column name.</param>
    /// <param name="column">The zero-based field number.</param>
    /// <param name="levels">The column's text cells, distinct, in order of first appearance.</param>
    /// <param name="firstLines">The 1-based line where each level first appears.</param>
    /// <param name="numberCells">How many cells are numbers.</param>
    /// <param name="textCells">How many cells are text (the levels, with repeats).</param>
    /// <exception cref="InvalidAuditInputException">The column's text is misread numbers.</exception>
    public static void ThrowIfMisread(string path, string name, int column, IReadOnlyList<string> levels, IReadOnlyList<int> firstLines, long numberCells, long textCells)
    {
        if (levels.Count == 0)
        {
            return;
        }

        if (levels.All(IsDecimalCommaNumber))
        {
            throw new InvalidAuditInputException(
                $"The column holds numbers written with a decimal comma, first '{levels[0]}'; expected '.' as the decimal point and no thousands separator (such as 0.964), or declare the column categorical in the manifest's data.column_types. The column is the 1-based field number.",
                path,
                firstLines[0],
                column + 1,
                name);
        }

        if (numberCells >= textCells * NumbersPerStrayText)
        {
            throw new InvalidAuditInputException(
                $"The column holds numbers but {textCells} of its cells are not, first '{levels[0]}'; expected a number in invariant culture (such as 1.5) or a missing marker (empty, NA, NaN, null), or declare the column categorical in the manifest's data.column_types. The column is the 1-based field number.",
                path,
                firstLines[0],
                column + 1,
                name);
        }
    }

    /// <summary>Whether a cell is a number with one decimal comma and no point, such as 0,964 or -1,5e3.</summary>
    /// <param name="text">The trimmed cell.</param>
    /// <returns><see langword="true"/> for a decimal-comma number.</returns>
    public static bool IsDecimalCommaNumber(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || comma + 1 >= text.Length || text.IndexOf(',', comma + 1) >= 0 || text.Contains('.', StringComparison.Ordinal)
            || !char.IsAsciiDigit(text[comma - 1]) || !char.IsAsciiDigit(text[comma + 1]))
        {
            return false;
        }

        return double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }
}
