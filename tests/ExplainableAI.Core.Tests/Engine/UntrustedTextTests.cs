namespace ExplainableAI.Core.Tests;

public sealed class UntrustedTextTests
{
    [Theory]
    [InlineData("Site A", "Site A")]
    [InlineData("a\u202Eb", "a<U+202E>b")]
    [InlineData("\u2066x\u2069\u200E\u200F\u061C\u202A", "<U+2066>x<U+2069><U+200E><U+200F><U+061C><U+202A>")]
    [InlineData("line\nbreak\u001B[31m", "line<U+000A>break<U+001B>[31m")]
    [InlineData("مستشفى", "مستشفى")]
    public void Controls_are_written_visibly_and_other_text_is_kept(string value, string expected) =>
        Assert.Equal(expected, UntrustedText.Clean(value));

    [Fact]
    public void Value_of_exactly_the_limit_is_kept_whole() =>
        Assert.Equal(new string('x', 200), UntrustedText.Clean(new string('x', 200)));

    [Fact]
    public void Longer_value_is_cut_with_its_length_in_invariant_digits() =>
        Assert.Equal(new string('x', 200) + "… (1,000,000 characters)", UntrustedText.Clean(new string('x', 1_000_000)));

    [Fact]
    public void Cut_never_splits_a_surrogate_pair()
    {
        var value = new string('x', 199) + "😀" + new string('y', 10);

        Assert.Equal(new string('x', 199) + "… (211 characters)", UntrustedText.Clean(value));
    }
}
