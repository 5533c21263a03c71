using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class RuleDescriptorTests
{
    // The host's own discovery, so these conventions hold for exactly the checks that ship.
    private static readonly IReadOnlyList<AuditCheck> Checks = Core.PluginLoader.DiscoverChecks(typeof(NoiseCheck).Assembly);

    [Fact]
    public void Plugin_declares_rules_XAI4001_to_XAI4010_once_each() =>
        Assert.Equal(
            [.. Enumerable.Range(4001, 10).Select(i => "XAI" + i)],
            Checks.SelectMany(c => c.Rules).Select(r => r.Id).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_check_is_sealed_and_needs_a_model() =>
        Assert.All(Checks, c =>
        {
            Assert.True(c.GetType().IsSealed, c.GetType().Name);
            Assert.Equal(CheckInputs.Model, c.RequiredInputs);
        });

    [Fact]
    public void Every_rule_has_help_text_and_requirement_ids() =>
        Assert.All(Checks.SelectMany(c => c.Rules), r =>
        {
            Assert.Equal(CheckFamily.Robustness, r.Family);
            Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Id);
            Assert.NotEmpty(r.Requirements);
            Assert.All(r.Requirements, id => Assert.Matches("^(EU-AIA|JP-BIZ|JP-MLQM|JP-PMD|GMLP|ISO)-", id));
        });

    [Fact]
    public void Every_option_documents_its_default_in_its_description() =>
        Assert.All(Checks.SelectMany(c => c.Rules).SelectMany(r => r.Options), o =>
            Assert.Contains(FormattableString.Invariant($"Default {o.DefaultValue}."), o.Description, StringComparison.Ordinal));
}
