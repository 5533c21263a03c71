using ExplainableAI.Data.Inference;

namespace ExplainableAI.Data.Csv;

/// <summary>What the first pass learned about one CSV column while filling its values.</summary>
internal sealed class CsvColumnBuffer
{
    public CsvColumnBuffer(int capacity) => Values = new double[capacity];

    /// <summary>Numbers for numeric cells, level codes for text cells, NaN for missing cells.</summary>
    public double[] Values { get; set; }

    /// <summary>Whether any cell parsed as a number.</summary>
    public bool HasNumber { get; set; }

    /// <summary>The text levels seen so far, or <see langword="null"/> while every cell was a number or missing.</summary>
    public LevelTable? Levels { get; private set; }

    /// <summary>The 1-based line where each level first appears, indexed like the levels.</summary>
    public List<int> LevelLines { get; } = [];

    /// <summary>How many cells were recorded as text (with repeats) since the levels were last reset.</summary>
    public long TextCount { get; private set; }

    /// <summary>Records a text cell and returns its level code.</summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="line">The 1-based line of the row.</param>
    /// <returns>The level code.</returns>
    public int AddText(ReadOnlySpan<char> text, int line)
    {
        Levels ??= new LevelTable();
        TextCount++;
        var code = Levels.GetOrAdd(text);
        if (code == LevelLines.Count)
        {
            LevelLines.Add(line);
        }

        return code;
    }

    /// <summary>Forgets the levels, before the column is read again as text.</summary>
    public void ResetLevels()
    {
        Levels = null;
        TextCount = 0;
        LevelLines.Clear();
    }
}
