namespace ExplainableAI.Plugins.Performance;

/// <summary>How the groups of an attribute are analysed.</summary>
/// <param name="MinGroupSize">Groups with fewer rows are suppressed.</param>
/// <param name="Resamples">Bootstrap resamples (0: no bootstrap intervals).</param>
/// <param name="ExactBootstrapMaxRows">
/// Groups up to this many rows get row-level bootstrap intervals for AUROC, Brier, ECE and calibration in the large;
/// larger groups get the asymptotic ones (DeLong, normal approximation; none for the ECE). 0: no limit.
/// </param>
/// <param name="SelectionMinRate">The demographic parity ratio is judged only when the largest selection rate is at least this.</param>
/// <param name="ErrorMinRate">The TPR and FPR ratios of the equalized odds ratio are each judged only when their larger rate is at least this.</param>
internal sealed record GroupAnalysisSettings(int MinGroupSize, int Resamples, int ExactBootstrapMaxRows = 10_000, double SelectionMinRate = 0, double ErrorMinRate = 0)
{
    /// <summary>Whether a group of <paramref name="rows"/> rows gets the row-level bootstrap.</summary>
    /// <param name="rows">The group's size.</param>
    /// <returns><see langword="true"/> when bootstrapped row by row.</returns>
    public bool RowBootstrap(int rows) => Resamples > 0 && (ExactBootstrapMaxRows <= 0 || rows <= ExactBootstrapMaxRows);
}
