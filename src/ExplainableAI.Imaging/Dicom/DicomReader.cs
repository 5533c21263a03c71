using System.Buffers.Binary;
using ExplainableAI.Sdk;

namespace ExplainableAI.Imaging.Dicom;

/// <summary>
/// Reads uncompressed little-endian DICOM images (Explicit and Implicit VR; MONOCHROME2 and RGB; 8- and 16-bit samples;
/// single- and multi-frame). Anything else — compressed transfer syntaxes, palette colour, YBR, 1- or 32-bit samples — is
/// refused with one line naming the file and what was found, never decoded wrongly.
/// </summary>
public static class DicomReader
{
    /// <summary>The largest DICOM file read: 1 GiB, far beyond a CT slice or an endoscopy frame.</summary>
    public const long MaxFileBytes = 1L << 30;

    // More samples than this in one file would not fit an int[]; a header claiming them is hostile or corrupt.
    private const long MaxSamples = 1L << 28;

    /// <summary>Reads and decodes the DICOM file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidAuditInputException">The file is missing, not a regular file, too large, not DICOM, truncated or in a form not read.</exception>
    public static DicomImage Read(string path)
    {
        // The project's one input gate: a FIFO or device is refused instead of read forever, and the size is checked on
        // the open file.
        return Decode(InputFile.ReadAllBytes(path, "DICOM file", MaxFileBytes), path);
    }

    /// <summary>Decodes a DICOM file held in memory; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidAuditInputException">The bytes are not DICOM, truncated or in a form not read.</exception>
    public static DicomImage Decode(byte[] data, string source)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (syntax, elements) = DicomDatasetParser.Parse(data, source);
        var attributes = new DicomAttributes(data, elements, source);

        var photometric = attributes.Text(DicomTags.PhotometricInterpretation) ?? throw attributes.Missing(DicomTags.PhotometricInterpretation, "PhotometricInterpretation");
        var samplesPerPixel = attributes.UInt16(DicomTags.SamplesPerPixel) ?? 1;
        var rows = attributes.UInt16(DicomTags.Rows) ?? throw attributes.Missing(DicomTags.Rows, "Rows");
        var columns = attributes.UInt16(DicomTags.Columns) ?? throw attributes.Missing(DicomTags.Columns, "Columns");
        var bitsAllocated = attributes.UInt16(DicomTags.BitsAllocated) ?? throw attributes.Missing(DicomTags.BitsAllocated, "BitsAllocated");
        var bitsStored = attributes.UInt16(DicomTags.BitsStored) ?? bitsAllocated;
        var signed = (attributes.UInt16(DicomTags.PixelRepresentation) ?? 0) == 1;
        var planar = attributes.UInt16(DicomTags.PlanarConfiguration) ?? 0;
        var frames = attributes.Integer(DicomTags.NumberOfFrames) ?? 1;

        var expectedSamples = photometric switch
        {
            "MONOCHROME2" => 1,
            "RGB" => 3,
            _ => throw new InvalidAuditInputException(
                $"photometric interpretation '{photometric}' is not supported: MONOCHROME2 or RGB expected", file: source),
        };
        if (samplesPerPixel != expectedSamples)
        {
            throw new InvalidAuditInputException($"{photometric} needs {expectedSamples} sample(s) per pixel, the file declares {samplesPerPixel}", file: source);
        }

        if (bitsAllocated is not (8 or 16) || (photometric == "RGB" && bitsAllocated != 8))
        {
            throw new InvalidAuditInputException($"{bitsAllocated} bits allocated per sample is not supported: 8 or 16 (8 for RGB) expected", file: source);
        }

        if (bitsStored < 1 || bitsStored > bitsAllocated)
        {
            throw new InvalidAuditInputException($"bits stored {bitsStored} must lie between 1 and bits allocated {bitsAllocated}", file: source);
        }

        if (rows == 0 || columns == 0 || frames < 1)
        {
            throw new InvalidAuditInputException($"the image has {rows} rows, {columns} columns and {frames} frame(s): all must be at least 1", file: source);
        }

        var sampleCount = (long)rows * columns * samplesPerPixel * frames;
        if (sampleCount > MaxSamples)
        {
            throw new InvalidAuditInputException($"the image declares {sampleCount} samples, more than the {MaxSamples} read", file: source);
        }

        if (!elements.TryGetValue(DicomTags.PixelData, out var pixels))
        {
            throw attributes.Missing(DicomTags.PixelData, "PixelData");
        }

        var bytesPerSample = bitsAllocated / 8;
        var needed = sampleCount * bytesPerSample;
        if (pixels.Length < needed)
        {
            throw new InvalidAuditInputException(
                $"pixel data holds {pixels.Length} bytes, {rows}×{columns}×{samplesPerPixel}×{frames} samples of {bitsAllocated} bits need {needed}", file: source);
        }

        var stored = ReadSamples(data.AsSpan(pixels.Offset, (int)needed), bytesPerSample, bitsStored, signed);
        if (planar == 1 && samplesPerPixel > 1)
        {
            stored = Interleave(stored, rows * columns, samplesPerPixel, frames);
        }

        var slope = attributes.Decimal(DicomTags.RescaleSlope);
        var intercept = attributes.Decimal(DicomTags.RescaleIntercept);
        return new DicomImage
        {
            Rows = rows,
            Columns = columns,
            Frames = frames,
            SamplesPerPixel = samplesPerPixel,
            PhotometricInterpretation = photometric,
            BitsStored = bitsStored,
            IsSigned = signed,
            RescaleSlope = slope ?? 1.0,
            RescaleIntercept = intercept ?? 0.0,
            HasRescale = slope is not null && intercept is not null,
            Window = photometric == "RGB" ? null : ReadWindow(attributes, source),
            TransferSyntaxUid = syntax,
            Attributes = attributes.Descriptive(),
            StoredValues = stored,
        };
    }

    private static int[] ReadSamples(ReadOnlySpan<byte> bytes, int bytesPerSample, int bitsStored, bool signed)
    {
        var values = new int[bytes.Length / bytesPerSample];
        var mask = (1 << bitsStored) - 1;
        var signBit = 1 << (bitsStored - 1);
        for (var i = 0; i < values.Length; i++)
        {
            var raw = bytesPerSample == 1 ? bytes[i] : BinaryPrimitives.ReadUInt16LittleEndian(bytes[(2 * i)..]);
            var value = raw & mask;

            // PS3.5 8.1.1: only the stored bits carry the value; a signed sample is two's complement in those bits.
            values[i] = signed && (value & signBit) != 0 ? value - (1 << bitsStored) : value;
        }

        return values;
    }

    // Planar configuration 1 stores all R, then all G, then all B of each frame (PS3.3 C.7.6.3.1.3).
    private static int[] Interleave(int[] planar, int pixels, int samples, int frames)
    {
        var interleaved = new int[planar.Length];
        for (var f = 0; f < frames; f++)
        {
            var frameStart = f * pixels * samples;
            for (var s = 0; s < samples; s++)
            {
                for (var p = 0; p < pixels; p++)
                {
                    interleaved[frameStart + (p * samples) + s] = planar[frameStart + (s * pixels) + p];
                }
            }
        }

        return interleaved;
    }

    private static DicomWindow? ReadWindow(DicomAttributes attributes, string source)
    {
        var center = attributes.Decimal(DicomTags.WindowCenter);
        var width = attributes.Decimal(DicomTags.WindowWidth);
        if (center is null || width is null)
        {
            return null;
        }

        var function = attributes.Text(DicomTags.VoiLutFunction)?.ToUpperInvariant() switch
        {
            null or "" or "LINEAR" => VoiLutFunction.Linear,
            "LINEAR_EXACT" => VoiLutFunction.LinearExact,
            "SIGMOID" => VoiLutFunction.Sigmoid,
            var other => throw new InvalidAuditInputException($"VOI LUT function '{other}' is not supported: LINEAR, LINEAR_EXACT or SIGMOID expected", file: source),
        };
        var window = new DicomWindow(center.Value, width.Value, function);
        return window.Problem() is { } problem ? throw new InvalidAuditInputException(problem, file: source) : window;
    }
}
