using System.Text.RegularExpressions;
using ExplainableAI.Reporting.Tests.Fixtures;

namespace ExplainableAI.Reporting.Tests.Html;

public sealed partial class HtmlEscapingTests
{
    private readonly string html = new HtmlReportRenderer().Render(ReportFixture.CreateHostile(), new ReportOptions());

    [Theory]
    [InlineData("<script")]
    [InlineData("<img")]
    [InlineData("\"dq\"")]
    [InlineData("'sq'")]
    [InlineData(" & <")]
    public void Hostile_text_never_appears_raw(string fragment)
    {
        Assert.DoesNotContain(fragment, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Hostile_text_appears_escaped()
    {
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;dq&quot; &#39;sq&#39; &amp; &lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_has_a_strict_content_security_policy()
    {
        Assert.Contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:;",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Document_references_nothing_outside_itself()
    {
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_element_carries_an_event_handler_attribute()
    {
        Assert.Empty(EventHandlerAttribute().Matches(html));
    }

    // A tag whose attribute list (quoted values skipped) holds an on… attribute; text inside a value is not an attribute.
    [GeneratedRegex(@"<[a-z][a-z0-9]*(?:\s+[a-z:-]+(?:=""[^""]*"")?)*\s+on[a-z]+\s*=", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex EventHandlerAttribute();
}
