using System.Text.Json;
using ExplainableAI.Reporting.Tests.Fixtures;

namespace ExplainableAI.Reporting.Tests.Sarif;

public sealed class SarifWriterTests
{
    private readonly JsonElement _log = JsonDocument.Parse(SarifWriter.Write(ReportFixture.Create())).RootElement;

    private JsonElement Run => _log.GetProperty("runs")[0];

    private JsonElement Results => Run.GetProperty("results");

    [Fact]
    public void Declares_sarif_2_1_0_with_one_run()
    {
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", _log.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", _log.GetProperty("version").GetString());
        Assert.Equal(1, _log.GetProperty("runs").GetArrayLength());
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
}
