namespace ExplainableAI.Plugins.Performance;

/// <summary>The between-group summaries, defined as in fairlearn (<c>fairlearn.metrics</c>, method <c>between_groups</c>).</summary>
internal enum FairnessMetric
{
    /// <summary>Largest minus smallest selection rate.</summary>
    DemographicParityDifference,

    /// <summary>Smallest over largest selection rate.</summary>
    DemographicParityRatio,

    /// <summary>The larger of the TPR difference and the FPR difference.</summary>
    EqualizedOddsDifference,

    /// <summary>The smaller of the TPR ratio and the FPR ratio.</summary>
    EqualizedOddsRatio,

    /// <summary>Largest minus smallest TPR.</summary>
    EqualOpportunityDifference,
}
