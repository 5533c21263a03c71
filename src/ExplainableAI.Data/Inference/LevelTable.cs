namespace ExplainableAI.Data.Inference;

/// <summary>
/// The distinct text values of a column in order of first appearance, so categorical codes are deterministic
/// for a given file regardless of how it was parsed.
/// </summary>
internal sealed class LevelTable
{
    private readonly Dictionary<string, int> indexByLevel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<string> levels = [];

    public LevelTable() => lookup = indexByLevel.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The levels, indexed by code.</summary>
    public IReadOnlyList<string> Levels => levels;

    /// <summary>The code of a level, adding it when new; looking up a span allocates nothing for a known level.</summary>
    /// <param name="level">The level text.</param>
    /// <returns>The zero-based code.</returns>
    public int GetOrAdd(ReadOnlySpan<char> level)
    {
        if (lookup.TryGetValue(level, out var index))
        {
            return index;
        }

        index = levels.Count;
        var text = level.ToString();
        indexByLevel.Add(text, index);
        levels.Add(text);
        return index;
    }

    /// <summary>The code of a level given as a string, adding it when new.</summary>
    /// <param name="level">The level text.</param>
    /// <returns>The zero-based code.</returns>
    public int GetOrAdd(string level)
    {
        if (indexByLevel.TryGetValue(level, out var index))
        {
            return index;
        }

        index = levels.Count;
        indexByLevel.Add(level, index);
        levels.Add(level);
        return index;
    }
}
