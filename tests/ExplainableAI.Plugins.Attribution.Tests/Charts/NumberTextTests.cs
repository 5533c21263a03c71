namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData(83.0, "83")]
    [InlineData(-2.0, "−2")]
    [InlineData(0.0, "0")]
    [InlineData(1653.0, "1653")]
    [InlineData(30.93, "30.9")]
    [InlineData(-15.63, "−15.6")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.75, "0.75")]
    [InlineData(0.123456, "0.123")]
    [InlineData(0.00131, "0.00131")]
    [InlineData(12345.6, "12346")]
    [InlineData(9.996, "10.0")]
    [InlineData(0.99999, "1.00")]
    [InlineData(9.27e-5, "9.27 × 10⁻⁵")]
    [InlineData(-0.000131, "−1.31 × 10⁻⁴")]
    [InlineData(9.996e-5, "1.00 × 10⁻⁴")]
    [InlineData(1e-14, "1 × 10⁻¹⁴")]
    [InlineData(2.5e-7, "2.5 × 10⁻⁷")]
    public void Formats_three_significant_digits_plain_or_times_ten_for_tiny_values(double value, string expected) =>
        Assert.Equal(expected, NumberText.Format(value));

    [Fact]
    public void More_digits_on_request() => Assert.Equal("38.65", NumberText.Format(38.65, 4));
}
