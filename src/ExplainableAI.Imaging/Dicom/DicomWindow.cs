namespace ExplainableAI.Imaging.Dicom;

/// <summary>
/// A display window (VOI LUT, PS3.3 C.11.2.1.2): maps modality values such as Hounsfield units to [0, 1], the range a
/// model's preprocessing starts from. Values below the window are 0, above it 1.
/// </summary>
/// <param name="Center">Window centre (0028,1050), in modality units.</param>
/// <param name="Width">Window width (0028,1051), in modality units: at least 1 for <see cref="VoiLutFunction.Linear"/>, above 0 otherwise.</param>
/// <param name="Function">The VOI LUT function (0028,1056).</param>
public sealed record DicomWindow(double Center, double Width, VoiLutFunction Function = VoiLutFunction.Linear)
{
    /// <summary>The windowed value of one modality value, in [0, 1].</summary>
    public double Apply(double value)
    {
        switch (Function)
        {
            case VoiLutFunction.Sigmoid:
                return 1.0 / (1.0 + Math.Exp(-4.0 * (value - Center) / Width));
            case VoiLutFunction.LinearExact:
                return Ramp(value, Center, Width);
            default:
                // PS3.3 C.11.2.1.2.1: the linear function is defined on centre − 0.5 and width − 1.
                return Ramp(value, Center - 0.5, Width - 1.0);
        }
    }

    /// <summary>Checks the width against the function, naming the file that declared it.</summary>
    internal string? Problem() => Function switch
    {
        VoiLutFunction.Linear when !(Width >= 1) => $"window width {Width} is below 1, the least a LINEAR window allows",
        _ when !(Width > 0) => $"window width {Width} must be above 0",
        _ when !double.IsFinite(Center) => $"window centre {Center} is not a finite number",
        _ => null,
    };

    private static double Ramp(double value, double center, double width)
    {
        if (value <= center - (width / 2))
        {
            return 0.0;
        }

        if (value > center + (width / 2))
        {
            return 1.0;
        }

        // A LINEAR window of width 1 has width − 1 = 0 here: every value is then below or above it.
        return ((value - center) / width) + 0.5;
    }
}
