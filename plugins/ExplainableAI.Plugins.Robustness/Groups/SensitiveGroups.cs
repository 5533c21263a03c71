using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Cohorts;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// The groups of the registered sensitive attributes, each attribute on its own, as the audit's cohorts define them
/// (<see cref="CheckContext.Cohorts"/>), so robustness names the groups fairness and attribution name.
/// </summary>
internal sealed class SensitiveGroups
{
    /// <summary>Groups with fewer rows are suppressed: their rates are neither published nor shown (small-cell protection).</summary>
    public const int MinRows = CohortSet.DefaultMinGroupSize;

    private SensitiveGroups(IReadOnlyList<string> subjects, IReadOnlyList<int[]> members)
    {
        Subjects = subjects;
        Members = members;
    }

    /// <summary>No sensitive attributes: no groups.</summary>
    public static SensitiveGroups None { get; } = new([], []);

    /// <summary>Each group's subject, <c>attribute=value</c>.</summary>
    public IReadOnlyList<string> Subjects { get; }

    /// <summary>The rows of each group, ascending: evaluation rows, or positions in the rows grouped.</summary>
    public IReadOnlyList<int[]> Members { get; }

    /// <summary>
    /// Groups the evaluation rows, or some of them, by each sensitive attribute of the cohorts. The groups are defined on
    /// all the data, so a sample's groups are the data's; a group with none of the rows grouped is left out.
    /// </summary>
    /// <param name="cohorts">The audit's cohorts.</param>
    /// <param name="rows">The rows grouped (ascending evaluation rows; members are then positions in this list), or <see langword="null"/> for all.</param>
    /// <returns>The groups, attribute by attribute.</returns>
    public static SensitiveGroups Of(CohortSet cohorts, int[]? rows = null)
    {
        var subjects = new List<string>();
        var members = new List<int[]>();
        foreach (var attribute in cohorts.Attributes)
        {
            var codes = attribute.RowGroups;
            for (var g = 0; g < attribute.Groups.Count; g++)
            {
                var group = rows is null
                    ? Enumerable.Range(0, codes.Count).Where(r => codes[r] == g).ToArray()
                    : Enumerable.Range(0, rows.Length).Where(i => codes[rows[i]] == g).ToArray();
                if (group.Length > 0)
                {
                    subjects.Add(attribute.Groups[g].Subject);
                    members.Add(group);
                }
            }
        }

        return new SensitiveGroups(subjects, members);
    }

    /// <summary>
    /// The impact of one perturbation on each group, from per-row outcomes of the rows perturbed.
    /// </summary>
    /// <param name="rows">The evaluation rows perturbed (ascending).</param>
    /// <param name="flipped">Per perturbed row, whether its decision changed.</param>
    /// <param name="absChange">Per perturbed row, |score change| (NaN when not comparable).</param>
    /// <returns>One impact per group that has a perturbed row.</returns>
    public IReadOnlyList<GroupImpact> Impact(IReadOnlyList<int> rows, bool[] flipped, double[] absChange)
    {
        var position = new Dictionary<int, int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            position[rows[i]] = i;
        }

        return Impact(r => position.TryGetValue(r, out var i) ? i : -1, flipped, absChange);
    }

    /// <summary>The impact of one perturbation of every grouped row on each group.</summary>
    /// <param name="flipped">Per grouped row, whether its decision changed.</param>
    /// <param name="absChange">Per grouped row, |score change| (NaN when not comparable).</param>
    /// <returns>One impact per group.</returns>
    public IReadOnlyList<GroupImpact> ImpactOfAll(bool[] flipped, double[] absChange) => Impact(r => r, flipped, absChange);

    private List<GroupImpact> Impact(Func<int, int> indexOf, bool[] flipped, double[] absChange)
    {
        var impacts = new List<GroupImpact>(Subjects.Count);
        for (var g = 0; g < Subjects.Count; g++)
        {
            var n = 0;
            var flips = 0;
            double sum = 0;
            var compared = 0;
            foreach (var r in Members[g])
            {
                var i = indexOf(r);
                if (i < 0)
                {
                    continue;
                }

                n++;
                flips += flipped[i] ? 1 : 0;
                if (!double.IsNaN(absChange[i]))
                {
                    sum += absChange[i];
                    compared++;
                }
            }

            if (n > 0)
            {
                impacts.Add(n < MinRows
                    ? new GroupImpact(Subjects[g], n, double.NaN, double.NaN)
                    : new GroupImpact(Subjects[g], n, flips / (double)n, compared == 0 ? double.NaN : sum / compared));
            }
        }

        return impacts;
    }
}
