using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance.Tests;

public sealed class RuleDescriptorTests
{
    // The host's own discovery, so these conventions hold for exactly the checks that ship.
    private static readonly IReadOnlyList<AuditCheck> Checks = Core.PluginLoader.DiscoverChecks(typeof(DiscriminationCheck).Assembly);

    [Fact]
    public void Plugin_declares_XAI2001_to_XAI2008_and_XAI5001_to_XAI5014_once_each() =>
        Assert.Equal(
            [.. Enumerable.Range(1, 8).Select(i => $"XAI200{i}"), .. Enumerable.Range(1, 14).Select(i => $"XAI50{i:00}")],
            Checks.SelectMany(c => c.Rules).Select(r => r.Id).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_check_is_sealed() =>
        Assert.All(Checks, c => Assert.True(c.GetType().IsSealed, c.GetType().Name));

    [Fact]
    public void Every_rule_has_help_text_and_requirement_ids() =>
        Assert.All(Checks.SelectMany(c => c.Rules), r =>
        {
            Assert.True(r.Family is CheckFamily.Performance or CheckFamily.Fairness, r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Id);
            Assert.NotEmpty(r.Requirements);
            Assert.All(r.Requirements, id => Assert.Matches("^(EU-AIA|JP-SP|JP-BIZ|JP-MLQM|JP-PMD|GMLP|ISO)-", id));
        });

    [Fact]
    public void Every_option_documents_its_default_in_its_description() =>
        Assert.All(Checks.SelectMany(c => c.Rules).SelectMany(r => r.Options), o =>
            Assert.Matches("Default " + o.DefaultValue.ToString(CultureInfo.InvariantCulture).Replace(".", "\\.", StringComparison.Ordinal) + "[.;:]", o.Description));
}
