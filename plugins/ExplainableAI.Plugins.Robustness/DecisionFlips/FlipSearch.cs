using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// A batched search for the smallest change that flips a row's decision along given directions: a coarse grid of
/// distances (all rows and directions in one batch), then refinement of the interval between the last grid point that keeps
/// the decision and the first that flips it (all pending searches in one batch per step). Points that leave a moved feature's
/// reference range are not feasible, so flips are only sought within the range seen in the reference data.
/// </summary>
internal static class FlipSearch
{
    /// <summary>The coarse grid of distances, in standard deviations.</summary>
    public static IReadOnlyList<double> Grid { get; } = [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6];

    /// <summary>Sub-intervals per refinement step.</summary>
    public const int Sections = 8;

    /// <summary>Refinement steps after the grid: the widest grid gap (2 sd) shrinks to 2/8^5 ≈ 6.1e-5 sd.</summary>
    public const int RefinementSteps = 5;

    /// <summary>Searches every row along every direction.</summary>
    /// <param name="session">The session.</param>
    /// <param name="rows">Evaluation rows.</param>
    /// <param name="directions">Directions.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>One result per (row, direction) where a flip was found within the reference range.</returns>
    public static List<FlipResult> Run(ProbeSession session, IReadOnlyList<int> rows, IReadOnlyList<FlipDirection> directions, CancellationToken cancellationToken)
    {
        var candidates = new List<(int Row, FlipDirection Direction)>();
        foreach (var row in rows)
        {
            if (session.Decide(session.Baseline[row]) < 0)
            {
                continue;
            }

            foreach (var direction in directions)
            {
                if (direction.Features.All(f => !double.IsNaN(session.Matrix.Values[(row * session.Width) + f])))
                {
                    candidates.Add((row, direction));
                }
            }
        }

        // Coarse pass: one batch with every feasible grid point of every candidate.
        var points = new List<(int Candidate, double Distance)>();
        for (var c = 0; c < candidates.Count; c++)
        {
            // Grid points inside the range, then the range's edge itself, so a flip between the last feasible grid point
            // and the edge is not missed.
            var limit = Reach(session, candidates[c].Row, candidates[c].Direction);
            foreach (var t in Grid.Where(t => t < limit))
            {
                points.Add((c, t));
            }

            if (limit > 0 && double.IsFinite(limit))
            {
                points.Add((c, limit));
            }
        }

        var scores = Score(session, candidates, points, cancellationToken);
        var lower = new double[candidates.Count];
        var upper = new double[candidates.Count];
        var upperScore = new double[candidates.Count];
        Array.Fill(upper, double.NaN);
        for (var p = 0; p < points.Count; p++)
        {
            var (c, t) = points[p];
            if (!double.IsNaN(upper[c]))
            {
                continue;
            }

            if (Flips(session, candidates[c].Row, scores[p]))
            {
                upper[c] = t;
                upperScore[c] = scores[p];
            }
            else
            {
                lower[c] = t;
            }
        }

        // Refinement: each step evaluates Sections − 1 evenly spaced points inside every pending interval in one batch and
        // keeps the sub-interval where the decision first flips, shrinking it Sections-fold.
        var pending = Enumerable.Range(0, candidates.Count).Where(c => !double.IsNaN(upper[c])).ToArray();
        for (var step = 0; step < RefinementSteps && pending.Length > 0; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inner = pending.SelectMany(c => Enumerable.Range(1, Sections - 1).Select(j => (c, lower[c] + ((upper[c] - lower[c]) * j / Sections)))).ToList();
            var innerScores = Score(session, candidates, inner, cancellationToken);
            for (var k = 0; k < pending.Length; k++)
            {
                var c = pending[k];
                for (var j = 0; j < Sections - 1; j++)
                {
                    var p = (k * (Sections - 1)) + j;
                    if (Flips(session, candidates[c].Row, innerScores[p]))
                    {
                        upper[c] = inner[p].Item2;
                        upperScore[c] = innerScores[p];
                        break;
                    }

                    lower[c] = inner[p].Item2;
                }
            }
        }

        return [.. pending.Select(c => new FlipResult(candidates[c].Row, candidates[c].Direction, upper[c], upperScore[c]))];
    }

    /// <summary>The value a feature takes at a distance along a direction.</summary>
    /// <param name="session">The session.</param>
    /// <param name="row">The evaluation row.</param>
    /// <param name="direction">The direction.</param>
    /// <param name="i">Index into the direction's features.</param>
    /// <param name="distance">Distance in standard deviations.</param>
    /// <returns>The moved value.</returns>
    public static double Moved(ProbeSession session, int row, FlipDirection direction, int i, double distance)
    {
        var f = direction.Features[i];
        return session.Matrix.Values[(row * session.Width) + f] + (distance * direction.Coefficients[i] * session.Spreads[f].Std);
    }

    // The largest distance along the direction that keeps every moved feature within its bounds: the reference
    // [min, max], narrowed by declared physiological limits.
    private static double Reach(ProbeSession session, int row, FlipDirection direction)
    {
        var reach = double.PositiveInfinity;
        for (var i = 0; i < direction.Features.Count; i++)
        {
            var f = direction.Features[i];
            var (lower, upper) = session.Bounds[f];
            var x = session.Matrix.Values[(row * session.Width) + f];
            var step = direction.Coefficients[i] * session.Spreads[f].Std;
            if (step > 0)
            {
                reach = Math.Min(reach, (upper - x) / step);
            }
            else if (step < 0)
            {
                reach = Math.Min(reach, (lower - x) / step);
            }
        }

        return reach;
    }

    private static bool Flips(ProbeSession session, int row, double score) =>
        session.Decide(score) != session.Decide(session.Baseline[row]);

    private static double[] Score(ProbeSession session, List<(int Row, FlipDirection Direction)> candidates, List<(int Candidate, double Distance)> points, CancellationToken cancellationToken)
    {
        if (points.Count == 0)
        {
            return [];
        }

        var batch = new double[points.Count * session.Width];
        for (var p = 0; p < points.Count; p++)
        {
            var (c, t) = points[p];
            var (row, direction) = candidates[c];
            session.CopyRow(row, batch, p);
            for (var i = 0; i < direction.Features.Count; i++)
            {
                batch[(p * session.Width) + direction.Features[i]] = Moved(session, row, direction, i, t);
            }
        }

        return session.Predict(batch, cancellationToken);
    }
}
