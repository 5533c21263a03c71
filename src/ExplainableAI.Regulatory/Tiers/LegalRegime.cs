namespace ExplainableAI.Regulatory;

/// <summary>Which text of the AI Act the application dates are taken from (catalog §1.1).</summary>
public enum LegalRegime
{
    /// <summary><c>2024/1689-original</c>: Regulation (EU) 2024/1689 as published (verified dates).</summary>
    Original,

    /// <summary><c>2024/1689-as-amended-2026/1744</c>: as amended by the Digital Omnibus (dates from secondary sources, S).</summary>
    AmendedByOmnibus,
}
