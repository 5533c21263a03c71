namespace ExplainableAI.Plugins.DataQuality;

/// <summary>The stable IDs of the data-quality rules (XAI6xxx). Never reuse or renumber an ID.</summary>
public static class DataQualityRuleIds
{
    /// <summary>A column has too many missing values.</summary>
    public const string MissingValues = "XAI6001";

    /// <summary>A column is constant or nearly so.</summary>
    public const string ConstantColumn = "XAI6002";

    /// <summary>Too many rows are exact duplicates of an earlier row.</summary>
    public const string DuplicateRows = "XAI6003";

    /// <summary>A class of the label is rare.</summary>
    public const string ClassImbalance = "XAI6004";

    /// <summary>One feature alone predicts the label almost perfectly.</summary>
    public const string SingleFeatureLeakage = "XAI6005";

    /// <summary>The model expects a column the data lacks.</summary>
    public const string ModelFeatureMissing = "XAI6006";

    /// <summary>The data has a column the model does not use.</summary>
    public const string ColumnNotUsedByModel = "XAI6007";
}
