namespace ExplainableAI.Plugins.Robustness;

/// <summary>Scores and outcomes of one paired AUROC comparison, reused across bootstrap resamples (each AUROC sorts in place).</summary>
/// <param name="length">Rows per resample.</param>
internal sealed class AurocBuffers(int length)
{
    /// <summary>Baseline scores.</summary>
    public double[] Baseline { get; } = new double[length];

    /// <summary>Perturbed scores.</summary>
    public double[] Perturbed { get; } = new double[length];

    /// <summary>Outcomes sorted with the baseline scores.</summary>
    public byte[] BaselineOutcomes { get; } = new byte[length];

    /// <summary>Outcomes sorted with the perturbed scores.</summary>
    public byte[] PerturbedOutcomes { get; } = new byte[length];
}
