namespace ExplainableAI.Plugins.Drift;

/// <summary>The stable IDs of the drift rules (XAI3xxx). Never reuse or renumber an ID.</summary>
public static class DriftRuleIds
{
    /// <summary>A column's distribution moved between the reference and the current data.</summary>
    public const string ColumnDrift = "XAI3001";

    /// <summary>A large share of the columns drifted.</summary>
    public const string DatasetDrift = "XAI3002";

    /// <summary>A column drifted within one subgroup (a site, a sex…).</summary>
    public const string SubgroupDrift = "XAI3003";

    /// <summary>The model's scores drifted.</summary>
    public const string PredictionDrift = "XAI3004";

    /// <summary>The label's distribution drifted.</summary>
    public const string LabelDrift = "XAI3005";

    /// <summary>A column's missing-value rate changed.</summary>
    public const string MissingRateChange = "XAI3006";

    /// <summary>A classifier can tell current rows from reference rows (multivariate drift).</summary>
    public const string MultivariateDrift = "XAI3007";

    /// <summary>The drift summary: every compared column by drift strength, with ECDFs of the most drifted.</summary>
    public const string DriftSummary = "XAI3008";

    /// <summary>The drift method declared for a column does not fit it.</summary>
    public const string MethodNotApplicable = "XAI3009";
}
