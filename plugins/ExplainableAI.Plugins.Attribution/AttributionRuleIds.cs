namespace ExplainableAI.Plugins.Attribution;

/// <summary>The rule IDs of the attribution family (XAI1xxx), in one place.</summary>
public static class AttributionRuleIds
{
    /// <summary>Global feature importance (mean |SHAP value|) of the model on the evaluation data.</summary>
    public const string GlobalImportance = "XAI1001";

    /// <summary>Attributions do not add up to the model's output.</summary>
    public const string AdditivityError = "XAI1002";

    /// <summary>A sensitive attribute is among the model's top drivers.</summary>
    public const string SensitiveTopDriver = "XAI1003";
}
