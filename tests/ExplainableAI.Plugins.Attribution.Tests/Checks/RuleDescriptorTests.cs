using System.Globalization;
using System.Text.RegularExpressions;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class RuleDescriptorTests
{
    // The host's own discovery, so these conventions hold for exactly the checks that ship.
    private static readonly IReadOnlyList<AuditCheck> Checks = Core.PluginLoader.DiscoverChecks(typeof(GlobalImportanceCheck).Assembly);

    [Fact]
    public void Plugin_declares_rules_XAI1001_to_XAI1007_once_each() =>
        Assert.Equal(
            ["XAI1001", "XAI1002", "XAI1003", "XAI1004", "XAI1005", "XAI1006", "XAI1007"],
            Checks.SelectMany(c => c.Rules).Select(r => r.Id).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_check_is_sealed() =>
        Assert.All(Checks, c => Assert.True(c.GetType().IsSealed, c.GetType().Name));

    [Fact]
    public void Every_rule_has_help_text_and_requirement_ids() =>
        Assert.All(Checks.SelectMany(c => c.Rules), r =>
        {
            Assert.Equal(CheckFamily.Attribution, r.Family);
            Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Id);
            Assert.NotEmpty(r.Requirements);
            Assert.All(r.Requirements, id => Assert.Matches("^(EU-AIA|JP-BIZ|GMLP)-", id));
        });

    [Fact]
    public void Every_option_documents_its_default_in_its_description() =>
        Assert.All(Checks.SelectMany(c => c.Rules).SelectMany(r => r.Options), o =>
        {
            // "Default 1,000,000." or "Default 1e-6.": the number written must be the default.
            var match = Regex.Match(o.Description, @"Default ([0-9][0-9,]*(?:\.[0-9]+)?(?:e-?[0-9]+)?)\.$");
            Assert.True(match.Success, o.Name);
            Assert.Equal(o.DefaultValue, double.Parse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture));
        });
}
