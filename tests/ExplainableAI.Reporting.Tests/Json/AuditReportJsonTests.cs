using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExplainableAI.Core;
using ExplainableAI.Reporting.Tests.Fixtures;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests.Json;

public sealed class AuditReportJsonTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("xai-json-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Serialize_then_read_then_serialize_gives_identical_text()
    {
        var first = AuditReportJson.Serialize(ReportFixture.Create());
        var path = Write("report.json", first);

        var second = AuditReportJson.Serialize(AuditReportJson.Read(path));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Read_gives_back_the_values_written()
    {
        var original = ReportFixture.Create();

        var read = AuditReportJson.Read(Write("report.json", AuditReportJson.Serialize(original)));

        Assert.Equal(original.GeneratedAt, read.GeneratedAt);
        Assert.Equal(original.Summary, read.Summary);
        Assert.Equal(original.Findings[1].Evidence.Metrics![0], read.Findings[1].Evidence.Metrics![0]);
        Assert.Equal(original.Findings[4].Suppression, read.Findings[4].Suppression);
        Assert.Equal(Severity.Info, read.Configuration.Severities["family:Drift"]);
        Assert.Equal(RuleOptionValue.Number(0.08), read.Configuration.Options["XAI2001"]["max_difference"]);
        Assert.Equal(RuleOptionValue.Boolean(false), read.Configuration.Options["XAI2007"]["intersections"]);
        Assert.Equal(RuleOptionValue.NumberList([30, 50, 70]), read.Configuration.Options["XAI2007"]["numeric_bin_edges"]);
    }

    [Fact]
    public void Enums_are_written_as_camel_case_strings()
    {
        var json = AuditReportJson.Serialize(ReportFixture.Create());

        Assert.Contains("\"family\": \"dataQuality\"", json, StringComparison.Ordinal);
        Assert.Contains("\"task\": \"binaryClassification\"", json, StringComparison.Ordinal);
        Assert.Contains("\"failOn\": \"error\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"bar\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void NaN_is_written_as_a_string_and_read_back_as_NaN()
    {
        var json = AuditReportJson.Serialize(ReportFixture.Create());
        Assert.Contains("\"value\": \"NaN\"", json, StringComparison.Ordinal);

        var read = AuditReportJson.Read(Write("report.json", json));

        Assert.True(double.IsNaN(read.Measurements[1].Value));
    }

    [Fact]
    public void Doubles_round_trip_exactly()
    {
        var values = new[] { 0.1 + 0.2, 1e-300, double.MaxValue, -0.0, Math.PI, double.PositiveInfinity, double.NegativeInfinity };
        var report = ReportFixture.Create() with
        {
            Measurements = [.. values.Select((v, i) => new Measurement("C", "m" + i.ToString(CultureInfo.InvariantCulture), v))],
        };

        var read = AuditReportJson.Read(Write("report.json", AuditReportJson.Serialize(report)));

        Assert.Equal(values, read.Measurements.Select(m => m.Value));
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var invariant = AuditReportJson.Serialize(ReportFixture.Create());
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, AuditReportJson.Serialize(ReportFixture.Create()));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Dictionary_keys_are_written_in_ordinal_order_whatever_the_insertion_order()
    {
        var report = ReportFixture.Create();
        var reversed = report with
        {
            Configuration = report.Configuration with
            {
                Severities = new Dictionary<string, Severity> { ["family:Drift"] = Severity.Info, ["XAI2001"] = Severity.Error },
            },
        };

        Assert.Equal(AuditReportJson.Serialize(report), AuditReportJson.Serialize(reversed));
    }

    [Fact]
    public void Derived_is_active_is_not_written()
    {
        Assert.DoesNotContain("isActive", AuditReportJson.Serialize(ReportFixture.Create()), StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_options_keep_their_kind_and_typed_value()
    {
        var read = AuditReportJson.Read(Write("report.json", AuditReportJson.Serialize(ReportFixture.Create())));

        var option = read.Rules.Single(r => r.Id == "XAI2001").Options.Single(o => o.Name == "intersections");
        Assert.Equal((RuleOptionKind.Boolean, RuleOptionValue.Boolean(false), RuleOptionValue.Boolean(true)), (option.Kind, option.Value, option.DefaultValue));
    }

    [Fact]
    public void Reads_a_schema_1_0_report_whose_options_are_numbers_without_a_kind()
    {
        var node = JsonNode.Parse(AuditReportJson.Serialize(ReportFixture.Create()))!.AsObject();
        node["schemaVersion"] = "1.0";
        node["configuration"]!["options"]!.AsObject().Remove("XAI2007");
        foreach (var rule in node["rules"]!.AsArray())
        {
            var options = rule!["options"]!.AsArray();
            options.Where(o => o!["kind"]!.GetValue<string>() != "number").ToList().ForEach(o => options.Remove(o));
            options.ToList().ForEach(o => o!.AsObject().Remove("kind"));
        }

        var read = AuditReportJson.Read(Write("report-1.0.json", node.ToJsonString()));

        var option = Assert.Single(read.Rules.Single(r => r.Id == "XAI2001").Options);
        Assert.Equal("1.0", read.SchemaVersion);
        Assert.Equal((RuleOptionKind.Number, RuleOptionValue.Number(0.08)), (option.Kind, option.Value));
        Assert.Equal(RuleOptionValue.Number(0.08), read.Configuration.Options["XAI2001"]["max_difference"]);
    }

    [Theory]
    [InlineData("[1, \"a\"]")]
    [InlineData("{}")]
    [InlineData("1e400")]
    public void An_option_value_of_no_kind_is_invalid_report_json(string value)
    {
        var json = AuditReportJson.Serialize(ReportFixture.Create()).Replace("\"max_difference\": 0.08", "\"max_difference\": " + value, StringComparison.Ordinal);

        var ex = Assert.Throws<InvalidAuditInputException>(() => AuditReportJson.Read(Write("report.json", json)));

        Assert.StartsWith("invalid report JSON", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_rejects_another_schema_version()
    {
        var json = AuditReportJson.Serialize(ReportFixture.Create()).Replace($"\"schemaVersion\": \"{AuditReport.CurrentSchemaVersion}\"", "\"schemaVersion\": \"2.0\"", StringComparison.Ordinal);
        var path = Write("report.json", json);

        var ex = Assert.Throws<InvalidAuditInputException>(() => AuditReportJson.Read(path));

        Assert.Equal(path, ex.File);
        Assert.Equal("schemaVersion", ex.Field);
        Assert.Contains("\"2.0\"", ex.Problem, StringComparison.Ordinal);
        Assert.Contains(AuditReport.CurrentSchemaVersion, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_reports_the_line_and_column_of_malformed_json()
    {
        // Line 3 holds the error: a value is missing after "tool":.
        var path = Write("broken.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"tool\": ,\n}");

        var ex = Assert.Throws<InvalidAuditInputException>(() => AuditReportJson.Read(path));

        Assert.Equal(path, ex.File);
        Assert.Equal(3, ex.Line);
        Assert.Equal(11, ex.Column);
        Assert.StartsWith($"{path}:3:11: invalid report JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_reports_an_unknown_enum_value_with_its_path_and_position()
    {
        var json = AuditReportJson.Serialize(ReportFixture.Create()).Replace("\"failOn\": \"error\"", "\"failOn\": \"fatal\"", StringComparison.Ordinal);
        var path = Write("report.json", json);
        var expectedLine = json[..json.IndexOf("\"fatal\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var ex = Assert.Throws<InvalidAuditInputException>(() => AuditReportJson.Read(path));

        Assert.Equal(expectedLine, ex.Line);
        Assert.NotNull(ex.Column);
        Assert.Contains("$.configuration.failOn", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_rejects_a_missing_required_property()
    {
        using var document = JsonDocument.Parse(AuditReportJson.Serialize(ReportFixture.Create()));
        var withoutSummary = document.RootElement.EnumerateObject().Where(p => p.Name != "summary").ToDictionary(p => p.Name, p => p.Value);
        var path = Write("report.json", JsonSerializer.Serialize(withoutSummary));

        var ex = Assert.Throws<InvalidAuditInputException>(() => AuditReportJson.Read(path));

        Assert.Contains("summary", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_rejects_an_unknown_property()
    {
        var json = AuditReportJson.Serialize(ReportFixture.Create()).Replace("\"seed\":", "\"sede\": 1,\n  \"seed\":", StringComparison.Ordinal);

        var ex = Assert.Throws<InvalidAuditInputException>(() => AuditReportJson.Read(Write("report.json", json)));

        Assert.Contains("sede", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_of_a_missing_file_names_the_file()
    {
        var path = Path.Combine(folder, "absent.json");

        var ex = Assert.Throws<InvalidAuditInputException>(() => AuditReportJson.Read(path));

        Assert.Equal(path, ex.File);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
