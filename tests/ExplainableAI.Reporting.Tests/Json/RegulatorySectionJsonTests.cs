using System.Text.Json.Nodes;
using ExplainableAI.Core;
using ExplainableAI.Reporting.Tests.Fixtures;

namespace ExplainableAI.Reporting.Tests.Json;

public sealed class RegulatorySectionJsonTests
{
    [Fact]
    public void The_regulatory_section_round_trips_exactly()
    {
        var first = AuditReportJson.Serialize(ReportFixture.CreateWithRegulatory());

        var read = AuditReportJson.Parse(first, "report.json");

        Assert.Equal(first, AuditReportJson.Serialize(read));
        Assert.Equal("high", read.Regulatory!.Tier);
        Assert.Equal(new DateOnly(2027, 8, 2), read.Regulatory.AppliesFrom);
        Assert.Equal(["XAI1001", "XAI2001"], read.Regulatory.Coverage[2].ContributingRules);
    }

    [Fact]
    public void The_section_is_written_with_camel_case_names_and_iso_dates()
    {
        var node = JsonNode.Parse(AuditReportJson.Serialize(ReportFixture.CreateWithRegulatory()))!["regulatory"]!;

        Assert.Equal("2027-08-02", (string?)node["appliesFrom"]);
        Assert.Equal("JP-PMD-CLASS-II", (string?)node["japaneseDeviceClass"]!["requirementId"]);
        Assert.Equal("manualEvidenceNeeded", (string?)node["coverage"]![0]!["status"]);
        Assert.Equal("S", (string?)node["coverage"]![1]!["verification"]);
    }

    [Fact]
    public void A_report_written_before_the_section_existed_still_reads_with_no_section()
    {
        var node = JsonNode.Parse(AuditReportJson.Serialize(ReportFixture.Create()))!.AsObject();
        node.Remove("regulatory");

        var read = AuditReportJson.Parse(node.ToJsonString(), "old.json");

        Assert.Null(read.Regulatory);
    }
}
