namespace ExplainableAI.Plugins.Robustness;

/// <summary>How one perturbation hit one sensitive-attribute group.</summary>
/// <param name="Group">The group, <c>attribute=value</c>.</param>
/// <param name="Rows">Perturbed rows in the group.</param>
/// <param name="FlipRate">Share of those rows whose decision changed; NaN when the group is suppressed.</param>
/// <param name="MeanAbsScoreChange">Mean |score change| over its comparable rows; NaN when suppressed or none.</param>
internal sealed record GroupImpact(string Group, int Rows, double FlipRate, double MeanAbsScoreChange)
{
    /// <summary>Whether the group is below <see cref="SensitiveGroups.MinRows"/> rows, so its rates are withheld.</summary>
    public bool Suppressed => Rows < SensitiveGroups.MinRows;
}
