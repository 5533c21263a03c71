using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.DataQuality.Tests;

public sealed class RuleDescriptorTests
{
    // The host's own discovery, so these conventions hold for exactly the checks that ship.
    private static readonly IReadOnlyList<AuditCheck> Checks = Core.PluginLoader.DiscoverChecks(typeof(MissingValuesCheck).Assembly);

    [Fact]
    public void Plugin_declares_rules_XAI6001_to_XAI6007_once_each() =>
        Assert.Equal(
            ["XAI6001", "XAI6002", "XAI6003", "XAI6004", "XAI6005", "XAI6006", "XAI6007"],
            Checks.SelectMany(c => c.Rules).Select(r => r.Id).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_check_is_sealed() =>
        Assert.All(Checks, c => Assert.True(c.GetType().IsSealed, c.GetType().Name));

    [Fact]
    public void Every_rule_has_help_text_and_requirement_ids() =>
        Assert.All(Checks.SelectMany(c => c.Rules), r =>
        {
            Assert.Equal(CheckFamily.DataQuality, r.Family);
            Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Id);
            Assert.NotEmpty(r.Requirements);
            Assert.All(r.Requirements, id => Assert.Matches("^(EU-AIA|JP-BIZ|JP-MLQM|JP-PMD|GMLP|ISO)-", id));
        });

    [Fact]
    public void Every_option_documents_its_default_in_its_description() =>
        Assert.All(Checks.SelectMany(c => c.Rules).SelectMany(r => r.Options), o =>
            Assert.Contains(FormattableString.Invariant($"Default {o.DefaultValue}."), o.Description, StringComparison.Ordinal));
}
