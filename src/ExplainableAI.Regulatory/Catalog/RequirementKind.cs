namespace ExplainableAI.Regulatory;

/// <summary>What a catalog entry is.</summary>
public enum RequirementKind
{
    /// <summary>A requirement or principle that evidence can be given for (<c>requirement</c>).</summary>
    Requirement,

    /// <summary>A parent heading grouping sub-items, with no evidence of its own (<c>principle-group</c>).</summary>
    PrincipleGroup,

    /// <summary>An application date (<c>date</c>).</summary>
    Date,

    /// <summary>An EU AI Act risk tier (<c>tier</c>).</summary>
    Tier,

    /// <summary>A classification route or area (Annex III area, MDR Rule 11 branch, MDCG row) (<c>classification</c>).</summary>
    Classification,
}
