using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// Scores grouped into equal-width bins over [0, 1] (bin k holds k/B ≤ score &lt; (k+1)/B, the last bin includes 1), with
/// the mean score and the observed positive rate per bin: the reliability diagram, and the expected calibration error
/// ECE = Σ_b (n_b / N) · |observed_b − mean score_b| (Naeini et al. 2015; Guo et al. 2017).
/// </summary>
internal sealed class ReliabilityBins
{
    private ReliabilityBins(long[] counts, long[] positives, double[] meanScore, double[] observed, double ece)
    {
        Counts = counts;
        Positives = positives;
        MeanScore = meanScore;
        Observed = observed;
        Ece = ece;
    }

    /// <summary>Rows per bin.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>Positive rows per bin.</summary>
    public IReadOnlyList<long> Positives { get; }

    /// <summary>Mean score per bin (NaN for an empty bin).</summary>
    public IReadOnlyList<double> MeanScore { get; }

    /// <summary>Positive rate per bin (NaN for an empty bin).</summary>
    public IReadOnlyList<double> Observed { get; }

    /// <summary>Number of bins.</summary>
    public int Count => Counts.Count;

    /// <summary>The expected calibration error.</summary>
    public double Ece { get; }

    /// <summary>The observed positive rate of a bin with its Wilson score 95% interval (bins hold from a few rows to thousands).</summary>
    /// <param name="bin">The bin.</param>
    /// <returns>The rate and interval; NaN for an empty bin.</returns>
    public Interval ObservedInterval(int bin) => Wilson.Proportion(Positives[bin], Counts[bin]);

    /// <summary>The bin's score range, short enough for a histogram's category axis: <c>0.1–0.2</c>, <c>0.125–0.25</c>.</summary>
    /// <param name="bin">The bin.</param>
    /// <returns>The text.</returns>
    public string Range(int bin) => $"{Cells.Number(bin / (double)Count, "0.###")}–{Cells.Number((bin + 1) / (double)Count, "0.###")}";

    /// <summary>Bins scores that are probabilities.</summary>
    /// <param name="scores">Scores in [0, 1].</param>
    /// <param name="positive">1 for positive rows, aligned.</param>
    /// <param name="binCount">Number of equal-width bins.</param>
    /// <returns>The bins.</returns>
    public static ReliabilityBins Compute(ReadOnlySpan<double> scores, ReadOnlySpan<byte> positive, int binCount)
    {
        var counts = new long[binCount];
        var scoreSums = new double[binCount];
        var positives = new long[binCount];
        for (var i = 0; i < scores.Length; i++)
        {
            var bin = Math.Min((int)(scores[i] * binCount), binCount - 1);
            counts[bin]++;
            scoreSums[bin] += scores[i];
            positives[bin] += positive[i];
        }

        var meanScore = new double[binCount];
        var observed = new double[binCount];
        double ece = 0;
        for (var b = 0; b < binCount; b++)
        {
            meanScore[b] = counts[b] == 0 ? double.NaN : scoreSums[b] / counts[b];
            observed[b] = counts[b] == 0 ? double.NaN : positives[b] / (double)counts[b];
            if (counts[b] > 0)
            {
                ece += counts[b] / (double)scores.Length * Math.Abs(observed[b] - meanScore[b]);
            }
        }

        return new ReliabilityBins(counts, positives, meanScore, observed, ece);
    }
}
