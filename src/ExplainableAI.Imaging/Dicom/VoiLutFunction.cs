namespace ExplainableAI.Imaging.Dicom;

/// <summary>The VOI LUT function of a window (PS3.3 C.11.2.1.2 and C.11.2.1.3).</summary>
public enum VoiLutFunction
{
    /// <summary>The default linear ramp, centre − 0.5 and width − 1 as the standard defines it.</summary>
    Linear = 0,

    /// <summary>The exact linear ramp over [centre − width/2, centre + width/2].</summary>
    LinearExact = 1,

    /// <summary>The sigmoid 1 / (1 + exp(−4 (x − centre) / width)).</summary>
    Sigmoid = 2,
}
