using ExplainableAI.Imaging.Dicom;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Imaging;
using SkiaSharp;

namespace ExplainableAI.Imaging.Rasters;

/// <summary>
/// Reads one image file — PNG, JPEG or DICOM, told apart by their first bytes, not their names — into an
/// <see cref="ImageRaster"/>. A file that is none of these, truncated or corrupt is refused with one line naming it.
/// </summary>
public static class ImageFileReader
{
    /// <summary>The largest image file read: 256 MiB.</summary>
    public const long MaxFileBytes = 256L << 20;

    /// <summary>The most pixels one image may have (16,384 × 16,384), so a crafted header cannot claim gigabytes.</summary>
    public const long MaxPixels = 1L << 28;

    /// <summary>Reads the image at <paramref name="path"/>; DICOM through its own window (or full range), first frame.</summary>
    /// <exception cref="InvalidAuditInputException">The file is missing, not a regular file, too large, of another kind, truncated or corrupt.</exception>
    public static ImageRaster Read(string path)
    {
        return Decode(InputFile.ReadAllBytes(path, "image file", MaxFileBytes), path);
    }

    /// <summary>Decodes an image held in memory; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidAuditInputException">The bytes are not a PNG, JPEG or DICOM image, or are truncated or corrupt.</exception>
    public static ImageRaster Decode(byte[] bytes, string source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return ImageFormats.Detect(bytes) switch
        {
            ImageFormat.Dicom => FromDicom(DicomReader.Decode(bytes, source)),
            ImageFormat.Png or ImageFormat.Jpeg => DecodeWithSkia(bytes, source),
            _ => throw new InvalidAuditInputException(
                $"not a PNG, JPEG or DICOM image: the file starts with {ImageFormats.Hex(bytes)}", file: source),
        };
    }

    /// <summary>The first frame of a DICOM image, windowed to [0, 1].</summary>
    public static ImageRaster FromDicom(DicomImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var samples = image.Rows * image.Columns * image.SamplesPerPixel;
        var pixels = new float[samples];
        if (image.PhotometricInterpretation == "RGB")
        {
            for (var i = 0; i < samples; i++)
            {
                pixels[i] = image.StoredValues[i] / 255f;
            }
        }
        else
        {
            var normalized = image.NormalizedValues();
            for (var i = 0; i < samples; i++)
            {
                pixels[i] = (float)normalized[i];
            }
        }

        return new ImageRaster(image.Columns, image.Rows, image.SamplesPerPixel, pixels);
    }

    private static ImageRaster DecodeWithSkia(byte[] bytes, string source)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data)
            ?? throw new InvalidAuditInputException("the image header cannot be decoded (corrupt file?)", file: source);
        var info = codec.Info;
        if ((long)info.Width * info.Height > MaxPixels)
        {
            throw new InvalidAuditInputException($"the image is {info.Width}×{info.Height}, more than the {MaxPixels} pixels read", file: source);
        }

        var grey = info.ColorType == SKColorType.Gray8;
        var target = new SKImageInfo(info.Width, info.Height, grey ? SKColorType.Gray8 : SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(target);
        var result = codec.GetPixels(target, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            throw new InvalidAuditInputException(
                result == SKCodecResult.IncompleteInput
                    ? "the image data ends early (truncated file?)"
                    : $"the image data cannot be decoded ({result})",
                file: source);
        }

        var raw = bitmap.GetPixelSpan();
        var channels = grey ? 1 : 3;
        var pixels = new float[info.Width * info.Height * channels];
        var stride = grey ? 1 : 4;
        for (int p = 0, o = 0; p < info.Width * info.Height; p++)
        {
            for (var c = 0; c < channels; c++)
            {
                pixels[o++] = raw[(p * stride) + c] / 255f;
            }
        }

        return new ImageRaster(info.Width, info.Height, channels, pixels);
    }
}
