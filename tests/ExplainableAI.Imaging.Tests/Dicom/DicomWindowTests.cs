using ExplainableAI.Imaging.Dicom;

namespace ExplainableAI.Imaging.Tests.Dicom;

public sealed class DicomWindowTests
{
    // PS3.3 C.11.2.1.2.1 with centre 40 and width 400 (a soft-tissue CT window): the ramp runs over (−160, 239].
    [Theory]
    [InlineData(-160.0, 0.0)]
    [InlineData(-159.5, 0.5 / 399.0)]
    [InlineData(39.5, 0.5)]
    [InlineData(239.0, 1.0)]
    [InlineData(239.5, 1.0)]
    [InlineData(1000.0, 1.0)]
    public void Linear_window_follows_the_standard(double value, double expected)
    {
        Assert.Equal(expected, new DicomWindow(40, 400).Apply(value), 15);
    }

    [Theory]
    [InlineData(-160.0, 0.0)]
    [InlineData(40.0, 0.5)]
    [InlineData(140.0, 0.75)]
    [InlineData(240.0, 1.0)]
    public void Linear_exact_window_spans_centre_plus_minus_half_width(double value, double expected)
    {
        Assert.Equal(expected, new DicomWindow(40, 400, VoiLutFunction.LinearExact).Apply(value), 15);
    }

    [Fact]
    public void Sigmoid_window_is_one_half_at_the_centre_and_follows_its_formula()
    {
        var window = new DicomWindow(40, 400, VoiLutFunction.Sigmoid);

        Assert.Equal(0.5, window.Apply(40), 15);
        Assert.Equal(1.0 / (1.0 + Math.Exp(-1.0)), window.Apply(140), 15);
    }

    [Theory]
    [InlineData(0.5, VoiLutFunction.Linear)]
    [InlineData(0.0, VoiLutFunction.Sigmoid)]
    public void Widths_the_function_does_not_allow_are_problems(double width, VoiLutFunction function)
    {
        Assert.NotNull(new DicomWindow(0, width, function).Problem());
    }
}
