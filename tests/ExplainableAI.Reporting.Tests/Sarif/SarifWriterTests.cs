using System.Text.Json;
using ExplainableAI.Core;
using ExplainableAI.Reporting.Tests.Fixtures;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests.Sarif;

public sealed class SarifWriterTests
{
    private readonly JsonElement log = JsonDocument.Parse(SarifWriter.Write(ReportFixture.Create())).RootElement;

    private JsonElement Run => log.GetProperty("runs")[0];

    private JsonElement Results => Run.GetProperty("results");

    [Fact]
    public void Declares_sarif_2_1_0_with_one_run()
    {
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", log.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.Equal(1, log.GetProperty("runs").GetArrayLength());
        Assert.Equal("ExplainableAI", Run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        Assert.Equal("0.1.0", Run.GetProperty("tool").GetProperty("driver").GetProperty("version").GetString());
    }

    [Fact]
    public void Rules_have_pascal_case_names_descriptions_levels_and_properties()
    {
        var rule = Run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[1];

        Assert.Equal("XAI2001", rule.GetProperty("id").GetString());
        Assert.Equal("SelectionRateDiffersBetweenGroups", rule.GetProperty("name").GetString());
        Assert.Equal("Selection rate differs between groups", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.StartsWith("The share of positive predictions", rule.GetProperty("fullDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("fairness", rule.GetProperty("properties").GetProperty("family").GetString());
        Assert.Equal(["EU-AIA-ART10-2F", "JP-BIZ-FAIRNESS"], rule.GetProperty("properties").GetProperty("requirements").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Each_finding_is_a_result_pointing_at_its_rule()
    {
        Assert.Equal(6, Results.GetArrayLength());
        var rules = Run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        foreach (var result in Results.EnumerateArray())
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
        }
    }

    [Fact]
    public void Result_level_follows_the_effective_severity()
    {
        Assert.Equal(["error", "error", "warning", "note", "warning", "note"], Results.EnumerateArray().Select(r => r.GetProperty("level").GetString()));
    }

    [Fact]
    public void Locations_name_the_column_and_group_and_the_evaluation_data_file()
    {
        var location = Results[1].GetProperty("locations")[0];

        Assert.Equal("data/icu_eval.csv", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        var logical = location.GetProperty("logicalLocations");
        Assert.Equal("sex", logical[0].GetProperty("name").GetString());
        Assert.Equal("member", logical[0].GetProperty("kind").GetString());
        Assert.Equal("sex=F", logical[1].GetProperty("name").GetString());
        Assert.Equal("module", logical[1].GetProperty("kind").GetString());
    }

    [Fact]
    public void Suppressed_finding_carries_an_external_suppression_with_its_justification()
    {
        var suppression = Results[4].GetProperty("suppressions")[0];

        Assert.Equal("external", suppression.GetProperty("kind").GetString());
        Assert.StartsWith("The ventilator flag", suppression.GetProperty("justification").GetString(), StringComparison.Ordinal);
        Assert.False(Results[0].TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void Evidence_metrics_are_in_the_property_bag()
    {
        var metric = Results[1].GetProperty("properties").GetProperty("metrics").GetProperty("demographic_parity_difference");

        Assert.Equal(0.112, metric.GetProperty("value").GetDouble());
        Assert.Equal(0.071, metric.GetProperty("lower").GetDouble());
        Assert.Equal(0.153, metric.GetProperty("upper").GetDouble());
        Assert.Equal(0.08, metric.GetProperty("threshold").GetDouble());
    }

    [Fact]
    public void Failed_checks_and_plugins_become_tool_execution_notifications()
    {
        var invocation = Run.GetProperty("invocations")[0];

        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var texts = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().Select(n => n.GetProperty("message").GetProperty("text").GetString()).ToList();
        Assert.Contains(texts, t => t!.Contains("Contoso.Plugins.Legacy", StringComparison.Ordinal));
        Assert.Contains(texts, t => t!.Contains("DriftCheck", StringComparison.Ordinal));
    }

    [Fact]
    public void References_no_url_but_the_schema()
    {
        var sarif = SarifWriter.Write(ReportFixture.Create());

        var withoutSchema = sarif.Replace(SarifWriter.SchemaUri, string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", withoutSchema, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", withoutSchema, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Selection rate differs between groups", "SelectionRateDiffersBetweenGroups")]
    [InlineData("k-anonymity below 5", "KAnonymityBelow5")]
    [InlineData("Column has many missing values", "ColumnHasManyMissingValues")]
    public void Rule_names_are_pascal_case_of_the_title(string title, string expected)
    {
        Assert.Equal(expected, SarifWriter.PascalCase(title));
    }

    [Fact]
    public void Absolute_paths_become_file_uris()
    {
        Assert.Equal("file:///data/eval%20set.csv", SarifWriter.ToUri("/data/eval set.csv"));
        Assert.Equal("data/eval%20set.csv", SarifWriter.ToUri("data\\eval set.csv"));
    }

    [Fact]
    public void The_base_is_declared_with_an_absolute_folder_uri_ending_in_a_slash()
    {
        var run = RunOf(SarifWriter.Write(UnderBase(), "/elsewhere"));

        var root = run.GetProperty("originalUriBaseIds").GetProperty(SarifWriter.BaseId);
        Assert.Equal("file:///work/audit%20set/", root.GetProperty("uri").GetString());
        Assert.Equal("The folder of the registration manifest.", root.GetProperty("description").GetProperty("text").GetString());
    }

    [Fact]
    public void Files_under_the_manifest_folder_are_relative_to_the_base_and_never_absolute()
    {
        var sarif = SarifWriter.Write(UnderBase(), "/elsewhere");
        var run = RunOf(sarif);

        var data = run.GetProperty("results")[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("data/icu%20eval.csv", data.GetProperty("uri").GetString());
        Assert.Equal(SarifWriter.BaseId, data.GetProperty("uriBaseId").GetString());
        var suppression = run.GetProperty("results")[4].GetProperty("suppressions")[0].GetProperty("location").GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("manifest.yaml", suppression.GetProperty("uri").GetString());
        Assert.Equal(SarifWriter.BaseId, suppression.GetProperty("uriBaseId").GetString());
        Assert.Single(AllUris(run), u => u.StartsWith("file:", StringComparison.Ordinal)); // only the base's own URI
    }

    [Fact]
    public void A_file_outside_the_base_keeps_an_absolute_uri_without_a_base_id()
    {
        var report = UnderBase() with { Datasets = [.. ReportFixture.Create().Datasets.Select(d => d with { Path = "/srv/data/eval.csv" })] };
        var data = RunOf(SarifWriter.Write(report, "/elsewhere")).GetProperty("results")[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");

        Assert.Equal("file:///srv/data/eval.csv", data.GetProperty("uri").GetString());
        Assert.False(data.TryGetProperty("uriBaseId", out _)); // SARIF: a uri with a uriBaseId must be relative
    }

    [Fact]
    public void Without_a_manifest_the_base_is_the_working_directory()
    {
        var report = ReportFixture.Create() with
        {
            Registration = ReportFixture.Create().Registration with { ManifestPath = null },
            Datasets = [.. ReportFixture.Create().Datasets.Select(d => d with { Path = "/runner/work/repo/data/eval.csv" })],
        };
        var run = RunOf(SarifWriter.Write(report, "/runner/work/repo"));

        var root = run.GetProperty("originalUriBaseIds").GetProperty(SarifWriter.BaseId);
        Assert.Equal("file:///runner/work/repo/", root.GetProperty("uri").GetString());
        Assert.Equal("The working directory of the audit.", root.GetProperty("description").GetProperty("text").GetString());
        var data = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("data/eval.csv", data.GetProperty("uri").GetString());
        Assert.Equal(SarifWriter.BaseId, data.GetProperty("uriBaseId").GetString());
        Assert.Equal("data/eval.csv", RunOf(SarifWriter.Write(report with { Datasets = [.. report.Datasets.Select(d => d with { Path = "data/eval.csv" })] }, "/runner/work/repo"))
            .GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void The_same_finding_in_two_runs_with_different_numbers_has_the_same_fingerprint()
    {
        var first = ReportFixture.Create();
        var second = first with
        {
            Findings = [.. first.Findings.Select(f => f with
            {
                Message = f.Message + " (re-run: 12.9% instead of 11.2%)",
                Evidence = f.Evidence with { Metrics = [.. (f.Evidence.Metrics ?? []).Select(m => m with { Value = m.Value + 0.017 })] },
                Location = f.Location with { Rows = [1, 2, 3] },
            })],
        };

        Assert.Equal(Fingerprints(SarifWriter.Write(first, "/w")), Fingerprints(SarifWriter.Write(second, "/w")));
        Assert.Equal(SarifWriter.Fingerprint(first.Findings[1]), SarifWriter.Fingerprint(second.Findings[1]));
    }

    [Fact]
    public void A_different_group_column_rule_or_check_gives_a_different_fingerprint()
    {
        var finding = ReportFixture.Create().Findings[1]; // XAI2001 on sex, group sex=F
        var fingerprint = SarifWriter.Fingerprint(finding);

        Assert.Equal(64, fingerprint.Length);
        Assert.NotEqual(fingerprint, SarifWriter.Fingerprint(finding with { Location = finding.Location with { Group = "sex=M" } }));
        Assert.NotEqual(fingerprint, SarifWriter.Fingerprint(finding with { Location = finding.Location with { Column = "age_band" } }));
        Assert.NotEqual(fingerprint, SarifWriter.Fingerprint(finding with { RuleId = "XAI2002" }));
        Assert.NotEqual(fingerprint, SarifWriter.Fingerprint(finding with { Check = "OtherCheck" }));
        Assert.NotEqual(
            SarifWriter.Fingerprint(finding with { Location = new FindingLocation(Column: "ab", Group: "c") }),
            SarifWriter.Fingerprint(finding with { Location = new FindingLocation(Column: "a", Group: "bc") }));
        Assert.NotEqual(
            SarifWriter.Fingerprint(finding with { Location = new FindingLocation(Column: null) }),
            SarifWriter.Fingerprint(finding with { Location = new FindingLocation(Column: string.Empty) }));
    }

    [Fact]
    public void Every_result_has_a_fingerprint_and_identical_ones_are_numbered_in_order()
    {
        var report = ReportFixture.Create();
        var twice = report with { Findings = [report.Findings[1], report.Findings[1] with { Message = "again" }] };

        var prints = Fingerprints(SarifWriter.Write(twice, "/w"));
        var hash = SarifWriter.Fingerprint(report.Findings[1]);
        Assert.Equal([hash + ":1", hash + ":2"], prints);
        Assert.Equal(report.Findings.Count, Fingerprints(SarifWriter.Write(report, "/w")).Distinct().Count());
    }

    // The fixture with absolute paths under a manifest folder whose name needs escaping.
    private static AuditReport UnderBase()
    {
        var report = ReportFixture.Create();
        return report with
        {
            Registration = report.Registration with { ManifestPath = "/work/audit set/manifest.yaml" },
            Datasets = [.. report.Datasets.Select(d => d with { Path = "/work/audit set/data/icu eval.csv" })],
            Findings = [.. report.Findings.Select(f => f.Suppression is { } s ? f with { Suppression = s with { Source = "/work/audit set/manifest.yaml" } } : f)],
        };
    }

    private static JsonElement RunOf(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];

    private static List<string?> Fingerprints(string sarif) =>
        [.. RunOf(sarif).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifWriter.FingerprintKey).GetString())];

    private static IEnumerable<string> AllUris(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    if (p.Name == "uri")
                    {
                        yield return p.Value.GetString()!;
                    }

                    foreach (var u in AllUris(p.Value))
                    {
                        yield return u;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var u in AllUris(item))
                    {
                        yield return u;
                    }
                }

                break;
        }
    }
}
