namespace ExplainableAI.Sdk.Statistics;

/// <summary>An AUROC with its DeLong variance and 95 % interval (<see cref="DeLong.Estimate"/>).</summary>
/// <param name="Value">The AUROC (probability that a random positive outscores a random negative, ties half).</param>
/// <param name="Variance">DeLong's variance estimate.</param>
/// <param name="Lower">Lower 95 % bound.</param>
/// <param name="Upper">Upper 95 % bound.</param>
/// <param name="Positives">Positive rows.</param>
/// <param name="Negatives">Negative rows.</param>
public readonly record struct AurocEstimate(double Value, double Variance, double Lower, double Upper, long Positives, long Negatives)
{
    /// <summary>The estimate as an interval.</summary>
    public Interval Interval => new(Value, Lower, Upper);
}
