using ExplainableAI.Core;
using ExplainableAI.Reporting.Tests.Fixtures;

namespace ExplainableAI.Reporting.Tests.Html;

public sealed class RegulatorySectionHtmlTests
{
    private static string Render(AuditReport report) => new HtmlReportRenderer().Render(report, new ReportOptions());

    private static string RenderJapanese(AuditReport report) => new HtmlReportRenderer().Render(report, new ReportOptions(Language: "ja"));

    private static string Section(string html, string id = "regulatory")
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {id} section");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void A_report_without_the_section_renders_without_it()
    {
        Assert.DoesNotContain("id=\"regulatory\"", Render(ReportFixture.Create()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_section_comes_right_after_the_verdict_with_tier_route_rule_date_and_jp_class()
    {
        var html = Render(ReportFixture.CreateWithRegulatory());
        var section = Section(html);

        Assert.True(html.IndexOf("class=\"verdict", StringComparison.Ordinal) < html.IndexOf("id=\"regulatory\"", StringComparison.Ordinal));
        Assert.True(html.IndexOf("id=\"regulatory\"", StringComparison.Ordinal) < html.IndexOf("id=\"findings\"", StringComparison.Ordinal));
        Assert.Contains("<span class=\"tier tier-high\">High risk</span>", section, StringComparison.Ordinal);
        Assert.Contains("Art 6(1): device, or safety component of one, under Annex I legislation", section, StringComparison.Ordinal);
        Assert.Contains("<code>R3</code>", section, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2027-08-02\">2027-08-02</time>", section, StringComparison.Ordinal);
        Assert.Contains("<code>JP-PMD-CLASS-II</code>", section, StringComparison.Ordinal);
        Assert.DoesNotContain("compliant", section, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Gaps_come_first_and_open_and_covered_rows_are_collapsed()
    {
        // The coverage table is an appendix; the regulatory position keeps its counts.
        var section = Section(Render(ReportFixture.CreateWithRegulatory()), "coverage");

        var manual = section.IndexOf("coverage-manualEvidenceNeeded\" open>", StringComparison.Ordinal);
        var partial = section.IndexOf("coverage-partiallyCovered\" open>", StringComparison.Ordinal);
        var covered = section.IndexOf("coverage-coveredByAutomatedEvidence\">", StringComparison.Ordinal);
        Assert.True(manual >= 0 && partial > manual && covered > partial, section);
        Assert.Contains("<span class=\"verif verif-u\" title=\"Unverified\">U</span> <span class=\"muted small\">Unverified</span>", section, StringComparison.Ordinal);
        Assert.Contains("<span class=\"verif verif-v\" title=\"Verified\">V</span></td>", section, StringComparison.Ordinal);
        Assert.Contains("No check of this audit contributed", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Undetermined_tier_lists_the_missing_facts()
    {
        var report = ReportFixture.CreateWithRegulatory() with { };
        report = report with
        {
            Regulatory = report.Regulatory! with
            {
                Tier = "undetermined",
                Routes = [],
                DecidingRules = [],
                AppliesFrom = null,
                Issues = [new RegulatoryIssueRecord("is_ai_system", "missing", "R0 needs is_ai_system " + ReportFixture.Hostile, "R0")],
            },
        };

        var section = Section(Render(report));

        Assert.Contains("Undetermined", section, StringComparison.Ordinal);
        Assert.Contains("Provisional, from the rules that could be evaluated: High risk", section, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge-warning\">Missing</span> <code>is_ai_system</code>", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", section, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_first_screen_shows_each_obligation_groups_dates_under_both_legal_texts()
    {
        var section = Section(Render(ReportFixture.CreateWithRegulatory()));

        Assert.Contains("Application dates", section, StringComparison.Ordinal);
        Assert.Contains("Chapter III high-risk requirements (Art 6(1) route): <time datetime=\"2027-08-02\">2027-08-02</time> as published · <time datetime=\"2028-08-02\">2028-08-02</time> as amended by the Omnibus (S)", section, StringComparison.Ordinal);
        // Art 50 stacks on the high-risk tier with its own date.
        Assert.Contains("Art 50 transparency duties: <time datetime=\"2026-08-02\">2026-08-02</time> as published", section, StringComparison.Ordinal);
        var japanese = Section(RenderJapanese(ReportFixture.CreateWithRegulatory()));
        Assert.Contains("第50条の透明性義務", japanese, StringComparison.Ordinal);
        Assert.Contains("公布時の本文", japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void Possible_obligations_of_an_undetermined_tier_read_as_such_never_as_good_practice()
    {
        var report = ReportFixture.CreateWithRegulatory();
        report = report with
        {
            Regulatory = report.Regulatory! with
            {
                Tier = "undetermined",
                Coverage = [.. report.Regulatory.Coverage.Select(r => r.Framework == "eu-ai-act" ? r with { Standing = "possibleObligation" } : r)],
            },
        };

        var coverage = Section(Render(report), "coverage");

        Assert.Contains("May be a legal obligation — tier undetermined", coverage, StringComparison.Ordinal);
        Assert.DoesNotContain("Good practice", coverage, StringComparison.Ordinal);
        Assert.Contains("法的義務となる可能性あり（リスク区分未確定）", Section(RenderJapanese(report), "coverage"), StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_rows_show_the_catalog_verification_note_and_active_errors()
    {
        var en = Section(Render(ReportFixture.CreateWithRegulatory()), "coverage");
        var ja = Section(RenderJapanese(ReportFixture.CreateWithRegulatory()), "coverage");

        Assert.Contains("<span class=\"muted small verif-note\">Omnibus: S</span>", en, StringComparison.Ordinal);
        Assert.Contains("<span class=\"muted small verif-note\">オムニバス改正：S</span>", ja, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge-error\">Active errors against it: 2</span>", en, StringComparison.Ordinal);
        Assert.Contains("本要件に反する有効なエラー：2件", ja, StringComparison.Ordinal);
    }

    [Fact]
    public void The_military_exclusion_flag_names_civilian_use_as_the_trigger()
    {
        var report = ReportFixture.CreateWithRegulatory();
        report = report with { Regulatory = report.Regulatory! with { Tier = "outOfScope", Flags = ["reclassifyOnCivilianUse"] } };

        var section = Section(Render(report));

        Assert.Contains("once it is used for civilian purposes", section, StringComparison.Ordinal);
        Assert.DoesNotContain("clinical use or market placement", section, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script")]
    [InlineData("<img")]
    [InlineData("\"dq\"")]
    [InlineData("'sq'")]
    public void Hostile_titles_and_evidence_text_never_appear_raw(string fragment)
    {
        var html = Render(ReportFixture.CreateWithRegulatory(ReportFixture.Hostile));

        Assert.DoesNotContain(fragment, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Technical documentation &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        var japanese = new HtmlReportRenderer().Render(ReportFixture.CreateWithRegulatory(ReportFixture.Hostile), new ReportOptions(Language: "ja"));
        Assert.DoesNotContain(fragment, japanese, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("技術文書 &lt;script&gt;", japanese, StringComparison.Ordinal);
    }
}
