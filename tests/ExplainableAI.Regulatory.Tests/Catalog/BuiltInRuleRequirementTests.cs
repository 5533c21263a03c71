using System.Reflection;
using ExplainableAI.Plugins.DataQuality;
using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory.Tests;

public sealed class BuiltInRuleRequirementTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    public static TheoryData<string> DataQualityChecks() =>
        [.. Checks(typeof(DataQualityRuleIds).Assembly).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(DataQualityChecks))]
    public void Every_requirement_id_a_data_quality_rule_cites_is_in_the_catalog(string checkType)
    {
        var check = (AuditCheck)Activator.CreateInstance(typeof(DataQualityRuleIds).Assembly.GetType(checkType, throwOnError: true)!, nonPublic: true)!;
        Assert.NotEmpty(check.Rules);
        Assert.All(check.Rules, r => Assert.NotEmpty(r.Requirements));
        Assert.Empty(shipped.Catalog.FindUnknown(check.Rules));
    }

    [Fact]
    public void The_data_quality_plugin_has_checks_to_verify()
    {
        Assert.True(Checks(typeof(DataQualityRuleIds).Assembly).Count() >= 6);
    }

    private static IEnumerable<Type> Checks(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.GetCustomAttribute<AuditCheckAttribute>() is not null && typeof(AuditCheck).IsAssignableFrom(t) && !t.IsAbstract);
}
