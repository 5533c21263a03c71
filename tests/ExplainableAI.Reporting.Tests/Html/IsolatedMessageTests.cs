using ExplainableAI.Reporting.Html;

namespace ExplainableAI.Reporting.Tests.Html;

public sealed class IsolatedMessageTests
{
    [Fact]
    public void Each_argument_is_isolated_and_the_rest_escaped() =>
        Assert.Equal(
            "Selection rate of group &#39;<bdi>مستشفى &lt;b&gt;</bdi>&#39; is <bdi>0.25</bdi> lower than <bdi>M</bdi>",
            IsolatedMessage.Render("Selection rate of group 'مستشفى <b>' is 0.25 lower than M", "Selection rate of group '{0}' is {1:F2} lower than {2}"));

    [Fact]
    public void Literal_braces_and_regex_characters_in_the_format_are_text() =>
        Assert.Equal(
            "{set} (a+b)* <bdi>x</bdi>.",
            IsolatedMessage.Render("{set} (a+b)* x.", "{{set}} (a+b)* {0}."));

    [Fact]
    public void Message_that_does_not_fit_its_format_is_escaped_whole() =>
        Assert.Equal("Other text &lt;b&gt;", IsolatedMessage.Render("Other text <b>", "Column {0} has value {1}"));

    [Fact]
    public void Message_without_a_known_format_is_escaped_whole() =>
        Assert.Equal("a &amp; b", IsolatedMessage.Render("a & b", null));
}
