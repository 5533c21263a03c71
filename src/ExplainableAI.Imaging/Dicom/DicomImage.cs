namespace ExplainableAI.Imaging.Dicom;

/// <summary>
/// The pixels of a decoded DICOM image and the attributes that say how to read them. Samples are interleaved
/// (R, G, B for colour) and frames follow each other, as in the stored values of <see cref="StoredValues"/>.
/// </summary>
public sealed record DicomImage
{
    /// <summary>Rows (0028,0010): the image height.</summary>
    public required int Rows { get; init; }

    /// <summary>Columns (0028,0011): the image width.</summary>
    public required int Columns { get; init; }

    /// <summary>Number of frames (0028,0008); 1 for a single image.</summary>
    public required int Frames { get; init; }

    /// <summary>Samples per pixel (0028,0002): 1 for MONOCHROME2, 3 for RGB.</summary>
    public required int SamplesPerPixel { get; init; }

    /// <summary>Photometric interpretation (0028,0004): MONOCHROME2 or RGB.</summary>
    public required string PhotometricInterpretation { get; init; }

    /// <summary>Bits stored per sample (0028,0101).</summary>
    public required int BitsStored { get; init; }

    /// <summary>Whether samples are two's complement (pixel representation (0028,0103) = 1).</summary>
    public required bool IsSigned { get; init; }

    /// <summary>Rescale slope (0028,1053); 1 when absent.</summary>
    public double RescaleSlope { get; init; } = 1.0;

    /// <summary>Rescale intercept (0028,1052); 0 when absent.</summary>
    public double RescaleIntercept { get; init; }

    /// <summary>Whether the file declares a rescale (slope and intercept).</summary>
    public bool HasRescale { get; init; }

    /// <summary>The file's first window, if it declares one.</summary>
    public DicomWindow? Window { get; init; }

    /// <summary>The transfer syntax UID the data set was written in.</summary>
    public required string TransferSyntaxUid { get; init; }

    /// <summary>Descriptive attributes found in the file (Modality, Manufacturer, ManufacturerModelName, PatientSex, PatientAge).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The stored sample values, masked to <see cref="BitsStored"/> bits and sign-extended when signed.</summary>
    public required int[] StoredValues { get; init; }

    /// <summary>The values after the modality LUT (PS3.3 C.11.1): stored × slope + intercept, e.g. Hounsfield units.</summary>
    public double[] ModalityValues()
    {
        var values = new double[StoredValues.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (StoredValues[i] * RescaleSlope) + RescaleIntercept;
        }

        return values;
    }

    /// <summary>
    /// The values in [0, 1]: through <paramref name="window"/> (or the file's own window) when there is one, else the full
    /// range that <see cref="BitsStored"/> can hold, rescaled, mapped linearly.
    /// </summary>
    public double[] NormalizedValues(DicomWindow? window = null)
    {
        window ??= Window;
        var modality = ModalityValues();
        if (window is not null)
        {
            for (var i = 0; i < modality.Length; i++)
            {
                modality[i] = window.Apply(modality[i]);
            }

            return modality;
        }

        var (low, high) = IsSigned
            ? (-Math.Pow(2, BitsStored - 1), Math.Pow(2, BitsStored - 1) - 1)
            : (0.0, Math.Pow(2, BitsStored) - 1);
        var a = (low * RescaleSlope) + RescaleIntercept;
        var b = (high * RescaleSlope) + RescaleIntercept;
        var (min, max) = a <= b ? (a, b) : (b, a);
        for (var i = 0; i < modality.Length; i++)
        {
            modality[i] = (modality[i] - min) / (max - min);
        }

        return modality;
    }
}
