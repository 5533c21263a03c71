using ExplainableAI.Reporting.Charts;

namespace ExplainableAI.Reporting.Tests.Charts;

public sealed class BeeswarmLayoutTests
{
    [Fact]
    public void Points_in_one_bin_stack_alternately_below_and_above_the_centre()
    {
        // Bin width 4: 10, 10.5 and 11 share bin 2, 30 is alone in bin 7. Order within the bin is by x: 0, +4, −4.
        var offsets = BeeswarmLayout.Offsets([10.5, 10, 30, 11], 4, 10);

        Assert.Equal([4, 0, 0, -4], offsets);
    }

    [Fact]
    public void A_full_bin_wraps_inside_the_row()
    {
        // maxOffset 10 and diameter 4 allow two levels: the fifth and sixth points (level 3) wrap to level 1.
        var offsets = BeeswarmLayout.Offsets([1, 1, 1, 1, 1, 1], 4, 10);

        Assert.Equal([0, 4, -4, 8, -8, 4], offsets);
    }

    [Fact]
    public void Offsets_never_leave_the_row_and_do_not_depend_on_anything_but_the_input()
    {
        var x = Enumerable.Range(0, 500).Select(i => (i * 37 % 101) / 3.0).ToArray();

        var first = BeeswarmLayout.Offsets(x, 4.5, 15.75);
        var second = BeeswarmLayout.Offsets(x, 4.5, 15.75);

        Assert.Equal(first, second);
        Assert.All(first, o => Assert.InRange(Math.Abs(o), 0, 15.75));
    }

    [Theory]
    [InlineData(0.0, "#008bfb")]
    [InlineData(1.0, "#ff0051")]
    [InlineData(0.5, "#8046a6")] // (0+255)/2 = 127.5 → 128; (139+0)/2 = 69.5 → 70; (251+81)/2 = 166
    [InlineData(-3.0, "#008bfb")]
    [InlineData(7.0, "#ff0051")]
    [InlineData(double.NaN, "#9e9e9e")]
    public void Colour_ramp_runs_from_blue_to_red_and_greys_missing_values(double value, string expected) =>
        Assert.Equal(expected, ColorRamp.Hex(value));
}
