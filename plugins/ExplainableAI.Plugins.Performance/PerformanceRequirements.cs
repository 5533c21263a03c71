namespace ExplainableAI.Plugins.Performance;

/// <summary>Requirement IDs shared by several performance rules.</summary>
internal static class PerformanceRequirements
{
    /// <summary>Accuracy claims against declared levels: EU AI Act Art. 15 and Annex IV, Japan's AI performance quality, GMLP 8, ISO/IEC TS 4213.</summary>
    public static readonly string[] DeclaredAccuracy =
        ["EU-AIA-ART15-1", "EU-AIA-ART15-3", "EU-AIA-ANNEX4-2G", "JP-MLQM-EXT-AI-PERFORMANCE", "GMLP-P8", "ISO-TS4213"];
}
