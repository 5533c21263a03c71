using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ExplainableAI.Reporting.Tests.Fixtures;

namespace ExplainableAI.Reporting.Tests;

public sealed class ConfigurationDigestTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("xai-digest-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void With_a_manifest_the_hash_is_of_the_manifest_file_bytes()
    {
        var manifest = Path.Combine(folder, "manifest.yaml");
        File.WriteAllText(manifest, "model:\n  id: sepsis\n");

        var stamped = ConfigurationDigest.Stamp(ReportFixture.Create().Configuration, manifest);

        // sha256sum of the 22 bytes "model:\n  id: sepsis\n" as written above.
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("model:\n  id: sepsis\n"))), stamped.Sha256);
        Assert.Equal("manifest", stamped.Sha256Source);
    }

    [Fact]
    public void Without_a_manifest_the_hash_is_of_the_canonical_json_and_a_reviewer_can_recompute_it_from_report_json()
    {
        var stamped = ConfigurationDigest.Stamp(ReportFixture.Create().Configuration, manifestPath: null);
        var report = ReportFixture.Create() with { Configuration = stamped };

        // What a reviewer does: take report.json's configuration object, drop the two hash fields, write it compactly.
        var node = JsonNode.Parse(AuditReportJson.Serialize(report))!["configuration"]!.AsObject();
        Assert.Equal(stamped.Sha256, node["sha256"]!.GetValue<string>());
        node.Remove("sha256");
        node.Remove("sha256Source");
        var compact = node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });

        Assert.Equal(ConfigurationDigest.CanonicalJson(stamped), compact);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(compact))), stamped.Sha256);
        Assert.Equal("canonical", stamped.Sha256Source);
        Assert.StartsWith("{\"severities\":{\"XAI2001\":\"error\",\"family:Drift\":\"info\"}", compact, StringComparison.Ordinal);
    }

    [Fact]
    public void Canonical_hash_ignores_an_earlier_stamp_and_changes_with_the_configuration()
    {
        var configuration = ReportFixture.Create().Configuration;

        var once = ConfigurationDigest.Stamp(configuration, null);
        var twice = ConfigurationDigest.Stamp(once, null);
        var other = ConfigurationDigest.Stamp(configuration with { CheckTimeoutSeconds = 121 }, null);

        Assert.Equal(once.Sha256, twice.Sha256);
        Assert.NotEqual(once.Sha256, other.Sha256);
    }

    [Fact]
    public void Html_provenance_shows_the_configuration_hash_beside_the_model_and_data_hashes()
    {
        var html = new HtmlReportRenderer().Render(ReportFixture.Create(), new ReportOptions());

        var integrity = html[html.IndexOf("<table class=\"data integrity\">", StringComparison.Ordinal)..];
        integrity = integrity[..integrity.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains(ReportFixture.Create().Model!.Sha256, integrity, StringComparison.Ordinal);
        Assert.Contains(ReportFixture.Create().Datasets[0].Sha256!, integrity, StringComparison.Ordinal);
        Assert.Contains(ReportFixture.Create().Configuration.Sha256!, integrity, StringComparison.Ordinal);
        Assert.Contains("(manifest file)", integrity, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_model_card_lists_declared_feature_facts_and_site_columns()
    {
        var html = new HtmlReportRenderer().Render(ReportFixture.Create(), new ReportOptions());

        var facts = html[html.IndexOf("<table class=\"data compact feature-facts\">", StringComparison.Ordinal)..];
        facts = facts[..facts.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains("<th scope=\"row\"><code>lactate</code></th><td>mmol/L</td><td>Increasing</td><td></td><td class=\"num\">0 – 30</td>", facts, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\"><code>patient_id</code></th><td></td><td></td><td>yes</td>", facts, StringComparison.Ordinal);
        Assert.Contains("<code>psi</code>", facts, StringComparison.Ordinal);
        Assert.Contains("<code>site</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>wasserstein</code>", html, StringComparison.Ordinal);
    }
}
