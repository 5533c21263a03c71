namespace ExplainableAI.Plugins.Robustness;

/// <summary>The response of the score to one swept feature, over sampled rows.</summary>
internal sealed class MonotoneProfile
{
    private MonotoneProfile(int direction, int judged, double violationRate, int[] worst, int[] worstStep)
    {
        Direction = direction;
        Judged = judged;
        ViolationRate = violationRate;
        Worst = worst;
        WorstStep = worstStep;
    }

    /// <summary>+1 when the score mostly increases with the feature, −1 when it mostly decreases, 0 when flat.</summary>
    public int Direction { get; }

    /// <summary>The direction violations are judged against: the declared one when given, else <see cref="Direction"/>.</summary>
    public int Judged { get; }

    /// <summary>Share of rows with at least one step against the judged direction.</summary>
    public double ViolationRate { get; }

    /// <summary>Violating sample rows, largest step against the direction first.</summary>
    public int[] Worst { get; }

    /// <summary>Per sample row, the grid step (from point g to g + 1) that moves most against the direction.</summary>
    public int[] WorstStep { get; }

    /// <summary>Reads the profile from scores laid out row by row, <paramref name="points"/> grid scores per row.</summary>
    /// <param name="scores">Scores, rows × points.</param>
    /// <param name="rows">Sampled rows.</param>
    /// <param name="points">Grid points per row.</param>
    /// <param name="tolerance">Smallest step that counts as a move.</param>
    /// <param name="declared">+1 or −1 when the manifest declares the direction; 0 to judge against the dominant one.</param>
    /// <returns>The profile.</returns>
    public static MonotoneProfile Of(double[] scores, int rows, int points, double tolerance, int declared = 0)
    {
        double up = 0;
        double down = 0;
        foreach (var (step, _, _) in Steps(scores, rows, points))
        {
            if (step > tolerance)
            {
                up += step;
            }
            else if (step < -tolerance)
            {
                down -= step;
            }
        }

        var dominant = up > down ? 1 : down > up ? -1 : 0;
        var direction = declared != 0 ? declared : dominant;
        var against = new double[rows];
        var worstStep = new int[rows];
        if (direction != 0)
        {
            foreach (var (step, row, g) in Steps(scores, rows, points))
            {
                var opposite = -direction * step;
                if (opposite > tolerance && opposite > against[row])
                {
                    against[row] = opposite;
                    worstStep[row] = g;
                }
            }
        }

        var violating = Enumerable.Range(0, rows).Where(r => against[r] > 0).OrderByDescending(r => against[r]).ThenBy(r => r).ToArray();
        return new MonotoneProfile(dominant, direction, rows == 0 ? 0 : violating.Length / (double)rows, violating, worstStep);
    }

    // A non-finite score has no direction: its steps are skipped.
    private static IEnumerable<(double Step, int Row, int Point)> Steps(double[] scores, int rows, int points)
    {
        for (var r = 0; r < rows; r++)
        {
            for (var g = 0; g + 1 < points; g++)
            {
                var step = scores[(r * points) + g + 1] - scores[(r * points) + g];
                if (double.IsFinite(step))
                {
                    yield return (step, r, g);
                }
            }
        }
    }
}
