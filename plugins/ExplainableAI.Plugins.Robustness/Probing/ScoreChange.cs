namespace ExplainableAI.Plugins.Robustness;

/// <summary>How a perturbation changed the model's outputs and its performance on the rows probed.</summary>
/// <param name="FlipRate">Share of rows whose decision at the operating threshold changed (a non-finite output counts as a flip).</param>
/// <param name="MeanAbsScoreChange">Mean |perturbed − baseline score| over rows where both are finite (NaN when none).</param>
/// <param name="NonFiniteOutputs">Rows whose perturbed output is NaN or infinite.</param>
/// <param name="AurocBaseline">AUROC of the baseline scores on the rows compared (NaN without a binary label).</param>
/// <param name="AurocPerturbed">AUROC of the perturbed scores on the same rows.</param>
internal sealed record ScoreChange(double FlipRate, double MeanAbsScoreChange, int NonFiniteOutputs, double AurocBaseline, double AurocPerturbed)
{
    /// <summary>Baseline AUROC minus perturbed AUROC: positive when the perturbation costs performance.</summary>
    public double AurocDrop => AurocBaseline - AurocPerturbed;

    /// <summary>DeLong's paired 95 % interval of <see cref="AurocDrop"/>, when both classes have at least two rows compared.</summary>
    public (double Lower, double Upper)? AurocDropInterval { get; init; }
}
