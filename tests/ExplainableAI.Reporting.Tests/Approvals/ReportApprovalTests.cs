using ExplainableAI.Reporting.Tests.Fixtures;

namespace ExplainableAI.Reporting.Tests.Approvals;

/// <summary>Pins the rendered outputs of the fixture; review a failing test by diffing the received and approved files.</summary>
public sealed class ReportApprovalTests
{
    [Fact]
    public void Fixture_json() => Approval.Verify(AuditReportJson.Serialize(ReportFixture.Create()), "json");

    [Fact]
    public void Fixture_html() => Approval.Verify(new HtmlReportRenderer().Render(ReportFixture.Create(), new ReportOptions()), "html");

    [Fact]
    public void Fixture_with_regulatory_section_html() =>
        Approval.Verify(new HtmlReportRenderer().Render(ReportFixture.CreateWithRegulatory(), new ReportOptions()), "html");

    [Fact]
    public void Fixture_sarif() => Approval.Verify(SarifWriter.Write(ReportFixture.Create()), "sarif");
}
