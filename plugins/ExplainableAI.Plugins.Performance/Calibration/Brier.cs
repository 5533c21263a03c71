using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>The Brier score, the mean squared difference between the score and the 0/1 outcome (Brier 1950).</summary>
internal static class Brier
{
    /// <summary>The Brier score with a 95% normal-approximation interval (mean ± z·sd/√N of the squared errors).</summary>
    /// <param name="scores">Scores in [0, 1].</param>
    /// <param name="positive">1 for positive rows, aligned.</param>
    /// <returns>The score and interval; NaN bounds with fewer than two rows.</returns>
    public static Interval Compute(ReadOnlySpan<double> scores, ReadOnlySpan<byte> positive)
    {
        var n = scores.Length;
        if (n == 0)
        {
            return new Interval(double.NaN, double.NaN, double.NaN);
        }

        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            var e = scores[i] - positive[i];
            sum += e * e;
        }

        var mean = sum / n;
        if (n < 2)
        {
            return Interval.PointOnly(mean);
        }

        double squares = 0;
        for (var i = 0; i < n; i++)
        {
            var e = scores[i] - positive[i];
            var d = (e * e) - mean;
            squares += d * d;
        }

        var half = Interval.Z95 * Math.Sqrt(squares / (n - 1) / n);
        return new Interval(mean, Math.Max(0, mean - half), Math.Min(1, mean + half));
    }
}
