namespace ExplainableAI.Sdk.Cohorts;

/// <summary>The groups of one sensitive attribute, or of an intersection of two, and the group of every evaluation row.</summary>
/// <param name="Name">The attribute (<c>age</c>), or the two attributes of an intersection joined with <c>&amp;</c> (<c>sex&amp;age</c>).</param>
/// <param name="Attributes">The attribute, or the two attributes of an intersection, in registration order.</param>
/// <param name="Groups">The groups, in a fixed order: levels, values or bands ascending, the missing group last.</param>
/// <param name="RowGroups">The index into <see cref="Groups"/> of each evaluation row; every row belongs to exactly one group.</param>
public sealed record CohortGrouping(string Name, IReadOnlyList<string> Attributes, IReadOnlyList<Cohort> Groups, IReadOnlyList<int> RowGroups)
{
    /// <summary>Whether this is an intersection of two attributes.</summary>
    public bool IsIntersection => Attributes.Count > 1;

    /// <summary>The evaluation rows of one group, ascending.</summary>
    /// <param name="group">The index of the group in <see cref="Groups"/>.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not an index of <see cref="Groups"/>.</exception>
    public int[] RowsOf(int group)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(group);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(group, Groups.Count);
        var rows = new List<int>(Groups[group].Rows);
        for (var r = 0; r < RowGroups.Count; r++)
        {
            if (RowGroups[r] == group)
            {
                rows.Add(r);
            }
        }

        return [.. rows];
    }
}
