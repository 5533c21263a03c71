using System.Globalization;
using ExplainableAI.Reporting.Html;

namespace ExplainableAI.Reporting.Tests.Html;

/// <summary>The report's number rules, as exact strings.</summary>
public sealed class DisplayNumberTests
{
    private static readonly CultureInfo Japanese = ReportCulture.For("ja").Culture;

    [Theory]
    [InlineData(1345.0, "1,345")]
    [InlineData(0.0, "0")]
    [InlineData(-3.0, "−3")]
    [InlineData(0.35, "0.350")]
    [InlineData(0.665, "0.665")]
    [InlineData(12.345, "12.3")]
    [InlineData(1234.56, "1,235")] // the integer part is never rounded away
    [InlineData(-0.04213, "−0.0421")]
    [InlineData(0.0001234, "0.000123")]
    [InlineData(0.99996, "1.00")] // rounding carries into a new digit: still three significant digits
    [InlineData(999999.5, "1,000,000")]
    [InlineData(3.7712e-39, "3.77 × 10⁻³⁹")]
    [InlineData(-2.5e-5, "−2.50 × 10⁻⁵")]
    [InlineData(1.23456e7 + 0.5, "1.23 × 10⁷")]
    [InlineData(9.9996e-5, "1.00 × 10⁻⁴")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "−∞")]
    public void Pretty_gives_three_significant_digits_in_plain_or_power_of_ten_notation(double value, string expected) =>
        Assert.Equal(expected, DisplayNumber.Pretty(value));

    [Fact]
    public void Pretty_of_nothing_is_a_dash() => Assert.Equal("—", DisplayNumber.Pretty(null));

    [Theory]
    [InlineData(0.12345, 2, "0.12")]
    [InlineData(0.12345, 5, "0.12345")]
    [InlineData(-0.0004, 1, "−0.0004")]
    public void Significant_takes_the_number_of_digits(double value, int digits, string expected) =>
        Assert.Equal(expected, DisplayNumber.Significant(value, digits));

    [Theory]
    [InlineData(0.0, "< 0.001")]
    [InlineData(0.00049, "< 0.001")]
    [InlineData(3.77e-39, "< 0.001")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0494, "0.049")]
    [InlineData(0.5, "0.500")]
    [InlineData(0.9994, "0.999")]
    [InlineData(0.9996, "> 0.999")]
    [InlineData(1.0, "1")]
    [InlineData(1.5, "1.50")] // not a probability: shown as it is
    public void PValue_never_reads_as_exactly_zero(double p, string expected) =>
        Assert.Equal(expected, DisplayNumber.PValue(p));

    [Theory]
    [InlineData(0.665, 0.61, 0.72, "0.665 [0.610, 0.720]")]
    [InlineData(-0.027, -0.034, -0.02, "−0.0270 [−0.0340, −0.0200]")]
    [InlineData(12.0, 10.0, 15.0, "12 [10, 15]")]
    [InlineData(12.25, 10.5, 15.75, "12.3 [10.5, 15.8]")]
    [InlineData(0.5, 0.5, 0.5, "0.500 [0.500, 0.500]")]
    [InlineData(2e-7, 1e-7, 3e-7, "2.00 × 10⁻⁷ [1.00 × 10⁻⁷, 3.00 × 10⁻⁷]")]
    public void WithInterval_shares_the_decimals_of_the_largest_number(double value, double lower, double upper, string expected) =>
        Assert.Equal(expected, DisplayNumber.WithInterval(value, lower, upper));

    [Fact]
    public void WithInterval_without_an_interval_is_the_estimate_alone()
    {
        Assert.Equal("0.665", DisplayNumber.WithInterval(0.665, null, 0.7));
        Assert.Equal("0.665", DisplayNumber.WithInterval(0.665, double.NaN, double.NaN));
        Assert.Equal("—", DisplayNumber.WithInterval(null, 0.1, 0.2));
    }

    [Theory]
    [InlineData(0.61, 0.72, "[0.610, 0.720]")]
    [InlineData(-0.034, -0.02, "[−0.0340, −0.0200]")]
    [InlineData(-0.5, 0.25, "[−0.500, 0.250]")]
    public void PrettyInterval_is_compact_and_uses_a_real_minus(double lower, double upper, string expected) =>
        Assert.Equal(expected, DisplayNumber.PrettyInterval(lower, upper));

    [Fact]
    public void PrettyInterval_with_a_missing_end_is_a_dash() => Assert.Equal("—", DisplayNumber.PrettyInterval(0.1, null));

    [Theory]
    [InlineData(0.112, 4, "0.1120")]
    [InlineData(1345.0, 4, "1,345")] // a whole number is written as one
    [InlineData(-0.00001, 4, "0.0000")] // rounds to zero: no sign
    [InlineData(-0.25, 2, "−0.25")]
    [InlineData(12345.678, 1, "12,345.7")]
    public void Fixed_keeps_its_decimals_except_for_whole_numbers(double value, int decimals, string expected) =>
        Assert.Equal(expected, DisplayNumber.Fixed(value, decimals));

    [Fact]
    public void Interval_with_fixed_decimals_uses_a_real_minus_and_no_hyphen_ranges()
    {
        Assert.Equal("[−0.0340, −0.0200]", DisplayNumber.Interval(-0.034, -0.02, 4));
        Assert.Equal("[0.0710, 0.1530]", DisplayNumber.Interval(0.071, 0.153, 4));
        Assert.Equal("[10, 15]", DisplayNumber.Interval(10, 15, 4));
        Assert.Equal("—", DisplayNumber.Interval(null, 15, 4));
    }

    [Theory]
    [InlineData(30.0, "30")]
    [InlineData(0.35, "0.35")]
    [InlineData(-1.5, "−1.5")]
    [InlineData(0.1234567891234, "0.1234567891")]
    [InlineData(2.5e-7, "2.5 × 10⁻⁷")]
    [InlineData(123456.75, "123,456.75")]
    public void General_writes_a_value_as_given(double value, string expected) =>
        Assert.Equal(expected, DisplayNumber.General(value));

    [Fact]
    public void Count_groups_thousands_and_uses_a_real_minus()
    {
        Assert.Equal("12,345", DisplayNumber.Count(12345));
        Assert.Equal("−7", DisplayNumber.Count(-7));
    }

    [Fact]
    public void Japanese_numbers_follow_the_same_rules()
    {
        Assert.Equal("1,345", DisplayNumber.Pretty(1345, Japanese));
        Assert.Equal("0.665 [0.610, 0.720]", DisplayNumber.WithInterval(0.665, 0.61, 0.72, Japanese));
        Assert.Equal("< 0.001", DisplayNumber.PValue(0.0001, Japanese));
        Assert.Equal("−0.0421", DisplayNumber.Pretty(-0.04213, Japanese));
        Assert.Equal("3.77 × 10⁻³⁹", DisplayNumber.Pretty(3.7712e-39, Japanese));
    }

    [Fact]
    public void A_culture_with_a_decimal_comma_is_followed()
    {
        var german = CultureInfo.GetCultureInfo("de-DE");

        Assert.Equal("0,665 [0,610, 0,720]", DisplayNumber.WithInterval(0.665, 0.61, 0.72, german));
        Assert.Equal("1.345", DisplayNumber.Pretty(1345, german));
    }
}
