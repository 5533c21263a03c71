using System.Globalization;
using ExplainableAI.Core;
using ExplainableAI.Reporting.Tests.Fixtures;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests.Html;

public sealed class HtmlReportRendererTests
{
    private readonly HtmlReportRenderer renderer = new();

    [Fact]
    public void Gate_fails_when_an_active_error_meets_fail_on_error()
    {
        var html = renderer.Render(ReportFixture.Create(), new ReportOptions());

        Assert.Contains("verdict verdict-fail", html, StringComparison.Ordinal);
        Assert.Contains("Gate failed", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Gate_passes_when_only_warnings_remain_under_fail_on_error()
    {
        var report = WithSummary(ReportFixture.Create(), errors: 0, warnings: 3, failOn: Severity.Error);

        var html = renderer.Render(report, new ReportOptions());

        Assert.Contains("verdict verdict-pass", html, StringComparison.Ordinal);
        Assert.Contains("Gate passed", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Gate_fails_on_warnings_when_fail_on_is_warning()
    {
        var report = WithSummary(ReportFixture.Create(), errors: 0, warnings: 1, failOn: Severity.Warning);

        Assert.Contains("verdict verdict-fail", renderer.Render(report, new ReportOptions()), StringComparison.Ordinal);
    }

    [Fact]
    public void Gate_switched_off_always_passes_and_says_so()
    {
        var report = WithSummary(ReportFixture.Create(), errors: 5, warnings: 5, failOn: Severity.None);

        var html = renderer.Render(report, new ReportOptions());

        Assert.Contains("verdict verdict-pass", html, StringComparison.Ordinal);
        Assert.Contains("The gate is switched off", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_findings_are_shown_apart_with_their_justification()
    {
        var html = renderer.Render(ReportFixture.Create(), new ReportOptions());

        var suppressedSection = html[html.IndexOf("<section id=\"suppressed\"", StringComparison.Ordinal)..html.IndexOf("<section id=\"measurements\"", StringComparison.Ordinal)];
        Assert.Contains("XAI6003", suppressedSection, StringComparison.Ordinal);
        Assert.Contains("recorded only after intubation", suppressedSection, StringComparison.Ordinal);
        var findingsSection = html[html.IndexOf("<section id=\"findings\"", StringComparison.Ordinal)..html.IndexOf("<section id=\"suppressed\"", StringComparison.Ordinal)];
        Assert.DoesNotContain("XAI6003", findingsSection, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_are_grouped_by_family_in_family_order()
    {
        var html = renderer.Render(ReportFixture.Create(), new ReportOptions());

        var order = new[] { "family-host", "family-fairness", "family-performance", "family-dataQuality" }
            .Select(id => html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Failed_checks_and_plugin_load_errors_are_called_out_in_the_verdict()
    {
        var html = renderer.Render(ReportFixture.Create(), new ReportOptions());

        var verdict = html[..html.IndexOf("<nav", StringComparison.Ordinal)];
        Assert.Contains("DriftCheck", verdict, StringComparison.Ordinal);
        Assert.Contains("Contoso.Plugins.Legacy", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_language_comes_from_the_options()
    {
        using var folder = new TemplateFolder();
        File.WriteAllText(Path.Combine(folder.Root, "i18n", "ja.json"), "{ \"verdict\": { \"failed\": \"ゲート不合格\" } }");

        var html = renderer.Render(ReportFixture.Create(), folder.Options with { Language = "ja" });

        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("ゲート不合格", html, StringComparison.Ordinal);
        Assert.Contains("Gate passed", new HtmlReportRenderer().Render(WithSummary(ReportFixture.Create(), 0, 0, Severity.Error), folder.Options with { Language = "ja" }), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_language_is_an_input_error()
    {
        var ex = Assert.Throws<InvalidAuditInputException>(() => renderer.Render(ReportFixture.Create(), new ReportOptions(Language: "xx")));

        Assert.Contains("xx.json", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_are_formatted_with_the_invariant_culture_whatever_the_current_culture()
    {
        var expected = renderer.Render(ReportFixture.Create(), new ReportOptions());
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(expected, renderer.Render(ReportFixture.Create(), new ReportOptions()));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Contains("0.112 [0.071, 0.153]", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_parse_error_names_the_template_file_line_and_column()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("_rules.sbn", "<section>\n  {{ for r in report.rules }}\n  {{ r.id \n</section>");

        var ex = Assert.Throws<InvalidAuditInputException>(() => renderer.Render(ReportFixture.Create(), folder.Options));

        Assert.Equal(path, ex.File);
        Assert.NotNull(ex.Line);
        Assert.NotNull(ex.Column);
        Assert.Contains("does not parse", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_variable_is_an_error_not_blank_output()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("_rules.sbn", "<p>\n{{ report.no_such_member.x }}{{ undefined_variable }}</p>");

        var ex = Assert.Throws<InvalidAuditInputException>(() => renderer.Render(ReportFixture.Create(), folder.Options));

        Assert.Equal(path, ex.File);
        Assert.Equal(2, ex.Line);
    }

    [Theory]
    [InlineData("../i18n/en.json")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/x.sbn")]
    public void Include_cannot_leave_the_templates_folder(string name)
    {
        using var folder = new TemplateFolder();
        folder.Write("_rules.sbn", $"{{{{ include '{name}' }}}}");

        var ex = Assert.Throws<InvalidAuditInputException>(() => renderer.Render(ReportFixture.Create(), folder.Options));

        Assert.Contains("not allowed", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spec")]
    [InlineData("Spec")]
    [InlineData("id")]
    public void Templates_reach_a_chart_only_through_the_escaping_chart_function(string member)
    {
        using var folder = new TemplateFolder();
        folder.Write("_rules.sbn", $"{{{{ for f in report.families }}}}{{{{ for x in f.topics }}}}{{{{ for e in x.evidence }}}}{{{{ if e.chart }}}}{{{{ e.chart.{member} }}}}{{{{ end }}}}{{{{ end }}}}{{{{ end }}}}{{{{ end }}}}");

        var ex = Assert.Throws<InvalidAuditInputException>(() => renderer.Render(ReportFixture.CreateHostile(), folder.Options));

        Assert.Contains($"Cannot get member with name {member}", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_main_template_is_an_input_error()
    {
        using var folder = new TemplateFolder();
        File.Delete(Path.Combine(folder.Templates, HtmlReportRenderer.MainTemplateName));

        var ex = Assert.Throws<InvalidAuditInputException>(() => renderer.Render(ReportFixture.Create(), folder.Options));

        Assert.EndsWith(HtmlReportRenderer.MainTemplateName, ex.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_without_a_model_renders()
    {
        var html = renderer.Render(ReportFixture.Create() with { Model = null }, new ReportOptions());

        Assert.Contains("No model", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_templates_are_copied_beside_the_assembly()
    {
        Assert.True(File.Exists(Path.Combine(ReportOptions.DefaultTemplatesDirectory, HtmlReportRenderer.MainTemplateName)));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "reports", "i18n", "en.json")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "reports", "schema", "report.schema.json")));
    }

    private static AuditReport WithSummary(AuditReport report, int errors, int warnings, Severity failOn) => report with
    {
        Summary = report.Summary with { Errors = errors, Warnings = warnings },
        Configuration = report.Configuration with { FailOn = failOn },
    };
}
