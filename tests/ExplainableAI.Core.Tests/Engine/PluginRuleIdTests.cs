using ExplainableAI.Sdk;

namespace ExplainableAI.Core.Tests;

/// <summary>A plugin owns its rule IDs' prefix and declares their family (#15).</summary>
public sealed class PluginRuleIdTests
{
    [Fact]
    public async Task Family_severity_applies_to_a_plugin_rule_declared_in_that_family()
    {
        var configuration = CheckConfiguration.Default with { Severities = new Dictionary<string, Severity> { ["family:Fairness"] = Severity.Error } };

        var report = await AuditFixture.Engine(new AcmeFairnessCheck()).RunAsync(AuditFixture.Request(configuration), CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("ACME2001", CheckFamily.Fairness, Severity.Error), (finding.RuleId, finding.Family, finding.Severity));
        Assert.Equal(Severity.Error, report.Rules.Single(r => r.Id == "ACME2001").EffectiveSeverity);
    }

    [Fact]
    public async Task Rule_id_severity_applies_to_a_plugin_rule()
    {
        var configuration = CheckConfiguration.Default with { Severities = new Dictionary<string, Severity> { ["ACME2001"] = Severity.None, ["family:Fairness"] = Severity.Error } };

        var report = await AuditFixture.Engine(new AcmeFairnessCheck()).RunAsync(AuditFixture.Request(configuration), CancellationToken.None);

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "ACME2001");
    }

    [Fact]
    public void Checks_of_the_caller_declaring_a_host_rule_are_a_programmer_error()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => PluginLoader.FromInstances([new HostRuleCheck()]));

        Assert.Equal("rule ID XAI0002 of its check HostRuleCheck is already declared by the host (ExplainableAI.Core), loaded first", ex.Message);
    }

    [AuditCheck]
    public sealed class AcmeFairnessCheck : AuditCheck
    {
        public static readonly RuleDescriptor Rule = new("ACME2001", "Acme gap", "Gap of {0}", CheckFamily.Fairness, Severity.Info, "A rule of a third-party plugin.");

        public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

        public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
        {
            context.Report(Rule, FindingLocation.Dataset, Evidence.None, 0.2);
            return ValueTask.CompletedTask;
        }
    }

    [AuditCheck]
    public sealed class HostRuleCheck : AuditCheck
    {
        public override IReadOnlyList<RuleDescriptor> Rules => [HostRules.CheckFailed];

        public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
