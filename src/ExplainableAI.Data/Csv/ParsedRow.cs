namespace ExplainableAI.Data.Csv;

/// <summary>
/// One data row as parsed on a worker thread: numbers in place, and the text of only those cells that are not numbers.
/// Instances are pooled so that parsing a million rows does not allocate a million arrays.
/// </summary>
internal sealed class ParsedRow
{
    public ParsedRow(int columnCount)
    {
        Numbers = new double[columnCount];
        Texts = new string?[columnCount];
    }

    /// <summary>Parsed numbers; NaN for missing cells and for cells that hold text.</summary>
    public double[] Numbers { get; }

    /// <summary>The trimmed text of cells that are neither missing nor numbers; <see langword="null"/> elsewhere.</summary>
    public string?[] Texts { get; }

    /// <summary>Whether any cell holds text.</summary>
    public bool HasText { get; set; }

    /// <summary>The 1-based line the row starts on.</summary>
    public int Line { get; set; }

    /// <summary>The number of fields in the row.</summary>
    public int FieldCount { get; set; }

    /// <summary>The number of characters in the row, used to estimate how many rows the file holds.</summary>
    public int Length { get; set; }

    /// <summary>Whether the row is a blank line, which is skipped.</summary>
    public bool IsBlank { get; set; }
}
