namespace ExplainableAI.Data.Inference;

/// <summary>The text forms that mean "no value" in a data file.</summary>
internal static class MissingValues
{
    /// <summary>Whether a trimmed cell is empty, "NA", "NaN" or "null" (ignoring case).</summary>
    /// <param name="trimmed">The cell with surrounding whitespace removed.</param>
    /// <returns><see langword="true"/> when the cell is missing.</returns>
    public static bool IsMissing(ReadOnlySpan<char> trimmed) =>
        trimmed.Length switch
        {
            0 => true,
            2 => trimmed.Equals("NA", StringComparison.OrdinalIgnoreCase),
            3 => trimmed.Equals("NaN", StringComparison.OrdinalIgnoreCase),
            4 => trimmed.Equals("null", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
}
