namespace ExplainableAI.Regulatory.Tests;

/// <summary>The catalog shipped beside the test assembly, loaded once per test class that asks for it.</summary>
public sealed class ShippedCatalog
{
    public RequirementCatalog Catalog { get; } = RequirementCatalog.LoadDefault();
}
