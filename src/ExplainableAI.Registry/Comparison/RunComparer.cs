namespace ExplainableAI.Registry;

/// <summary>
/// Compares two runs. Findings are matched by rule, column and group; measurements by check, name and subject. When a
/// key occurs more than once in a run, identical entries are matched first and the rest in report order.
/// </summary>
public static class RunComparer
{
    /// <summary>Compares run <paramref name="before"/> (A) with run <paramref name="after"/> (B).</summary>
    /// <param name="before">The earlier run.</param>
    /// <param name="after">The later run.</param>
    /// <returns>What changed.</returns>
    public static RunComparison Compare(RecordedRun before, RecordedRun after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var (findingPairs, findingsSame) = Match(before.Findings, after.Findings, f => (f.RuleId, f.Column, f.Group), SameFinding);
        var findings = findingPairs
            .Select(p => new FindingChange(p.Before is null ? FindingChangeKind.Appeared : p.After is null ? FindingChangeKind.Resolved : FindingChangeKind.Changed, p.Before, p.After))
            .OrderBy(c => c.IsRegression ? 0 : 1)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.RuleId, StringComparer.Ordinal)
            .ThenBy(c => c.Column, StringComparer.Ordinal)
            .ThenBy(c => c.Group, StringComparer.Ordinal)
            .ToList();

        var (measurementPairs, measurementsSame) = Match(before.Measurements, after.Measurements, m => (m.Check, m.Name, m.Subject), (a, b) => a == b);
        var measurements = measurementPairs
            .Select(p => p.Before is null ? new MeasurementChange(MeasurementChangeKind.Appeared, null, p.After, IntervalOutcome.NoInterval)
                : p.After is null ? new MeasurementChange(MeasurementChangeKind.Disappeared, p.Before, null, IntervalOutcome.NoInterval)
                : SameValue(p.Before.Value, p.After.Value) ? null
                : new MeasurementChange(MeasurementChangeKind.Moved, p.Before, p.After, Judge(p.Before, p.After)))
            .OfType<MeasurementChange>()
            .ToList();
        var unchangedMeasurements = measurementsSame + (measurementPairs.Count - measurements.Count);
        measurements = [.. measurements
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.Interval == IntervalOutcome.BeyondIntervals ? 0 : 1)
            .ThenBy(c => c.Check, StringComparer.Ordinal)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Subject, StringComparer.Ordinal)];

        return new RunComparison(before.Summary, after.Summary, findings, measurements, findingsSame, unchangedMeasurements);
    }

    /// <summary>
    /// Whether the move exceeds the intervals: both values carry an interval, and the two intervals are disjoint. Disjoint
    /// intervals are a conservative test (two 95 % intervals can overlap while the difference is still significant), so
    /// a move called "beyond the intervals" is one a reviewer should not explain away as noise.
    /// </summary>
    internal static IntervalOutcome Judge(RecordedMeasurement before, RecordedMeasurement after)
    {
        if (before.Lower is not { } bl || before.Upper is not { } bu || after.Lower is not { } al || after.Upper is not { } au)
        {
            return IntervalOutcome.NoInterval;
        }

        return al > bu || au < bl ? IntervalOutcome.BeyondIntervals : IntervalOutcome.WithinIntervals;
    }

    private static bool SameValue(double a, double b) => a.Equals(b); // NaN equals NaN here: "could not compute" twice is no change.

    private static bool SameFinding(RecordedFinding a, RecordedFinding b) =>
        a.Severity == b.Severity && a.Suppressed == b.Suppressed && string.Equals(a.Message, b.Message, StringComparison.Ordinal);

    /// <summary>
    /// Pairs the entries of two lists by key. Returns the pairs that are not identical (a side is null when the key has
    /// fewer entries there) and the number of identical pairs.
    /// </summary>
    private static (List<(T? Before, T? After)> Pairs, int Same) Match<T, TKey>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, TKey> key, Func<T, T, bool> same)
        where T : class
        where TKey : notnull
    {
        var afterByKey = after.GroupBy(key).ToDictionary(g => g.Key, g => g.ToList());
        var pairs = new List<(T? Before, T? After)>();
        var sameCount = 0;
        foreach (var group in before.GroupBy(key))
        {
            var left = group.ToList();
            var right = afterByKey.Remove(group.Key, out var list) ? list : [];
            for (var i = left.Count - 1; i >= 0; i--)
            {
                var j = right.FindIndex(r => same(left[i], r));
                if (j >= 0)
                {
                    sameCount++;
                    left.RemoveAt(i);
                    right.RemoveAt(j);
                }
            }

            for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
            {
                pairs.Add((i < left.Count ? left[i] : null, i < right.Count ? right[i] : null));
            }
        }

        // Keys only B has, in B's order.
        foreach (var item in after.Where(a => afterByKey.ContainsKey(key(a))))
        {
            pairs.Add((null, item));
        }

        return (pairs, sameCount);
    }
}
