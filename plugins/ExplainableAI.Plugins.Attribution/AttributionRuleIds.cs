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

    /// <summary>A feature among the model's top drivers predicts a sensitive attribute well (a proxy).</summary>
    public const string SensitiveProxyTopDriver = "XAI1004";

    /// <summary>Kernel SHAP's sampling error leaves the order of the top features undetermined.</summary>
    public const string KernelRankingUndetermined = "XAI1005";

    /// <summary>Explanation stability: rank agreement of the top features under input noise and another background sample.</summary>
    public const string ExplanationStability = "XAI1006";

    /// <summary>The top features' ranking changes under tiny input noise or another background sample.</summary>
    public const string UnstableExplanation = "XAI1007";
}
