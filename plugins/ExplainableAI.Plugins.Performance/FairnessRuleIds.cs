namespace ExplainableAI.Plugins.Performance;

/// <summary>The stable IDs of the fairness rules (XAI2xxx). Never reuse or renumber an ID.</summary>
public static class FairnessRuleIds
{
    /// <summary>Selection rates differ between groups by more than the tolerance (demographic parity difference).</summary>
    public const string DemographicParityDifference = "XAI2001";

    /// <summary>The lowest selection rate is below the tolerated fraction of the highest (demographic parity ratio, four-fifths rule).</summary>
    public const string DemographicParityRatio = "XAI2002";

    /// <summary>True- or false-positive rates differ between groups by more than the tolerance (equalized odds difference).</summary>
    public const string EqualizedOddsDifference = "XAI2003";

    /// <summary>The smaller of the TPR and FPR ratios between groups is below the tolerance (equalized odds ratio).</summary>
    public const string EqualizedOddsRatio = "XAI2004";

    /// <summary>True-positive rates (sensitivity) differ between groups by more than the tolerance (equal opportunity difference).</summary>
    public const string EqualOpportunityDifference = "XAI2005";

    /// <summary>A fairness gap within tolerance, or not clearly beyond it given its interval.</summary>
    public const string GapWithinTolerance = "XAI2006";

    /// <summary>Per-group metrics of a sensitive attribute, with intervals; small groups suppressed.</summary>
    public const string GroupMetrics = "XAI2007";

    /// <summary>A group's calibration in the large (observed rate minus mean score) differs from the overall beyond the tolerance.</summary>
    public const string CalibrationByGroup = "XAI2008";
}
