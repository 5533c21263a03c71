using ExplainableAI.Imaging.Rasters;
using ExplainableAI.Imaging.Tests.Dicom;
using ExplainableAI.Sdk;
using ExplainableAI.Tests.Shared;
using SkiaSharp;

namespace ExplainableAI.Imaging.Tests.Rasters;

public sealed class ImageFileReaderTests(PydicomFixtures fixtures) : IClassFixture<PydicomFixtures>
{
    [Fact]
    public void Png_rgb_samples_are_the_encoded_bytes_over_255()
    {
        var raster = ImageFileReader.Decode(TestImages.Rgb(5, 3, SKEncodedImageFormat.Png), "a.png");

        Assert.Equal((5, 3, 3), (raster.Width, raster.Height, raster.Channels));
        for (var y = 0; y < 3; y++)
        {
            for (var x = 0; x < 5; x++)
            {
                var (r, g, b) = TestImages.RgbAt(x, y);
                Assert.Equal((r / 255f, g / 255f, b / 255f), (raster[x, y, 0], raster[x, y, 1], raster[x, y, 2]));
            }
        }
    }

    [Fact]
    public void Grey_png_has_one_channel()
    {
        var raster = ImageFileReader.Decode(TestImages.GreyPng(4, 6), "g.png");

        Assert.Equal((4, 6, 1), (raster.Width, raster.Height, raster.Channels));
        Assert.Equal(TestImages.GreyAt(3, 5) / 255f, raster[3, 5, 0]);
    }

    [Fact]
    public void Jpeg_is_decoded_close_to_what_was_encoded()
    {
        var raster = ImageFileReader.Decode(TestImages.Rgb(16, 16, SKEncodedImageFormat.Jpeg), "a.jpg");

        Assert.Equal((16, 16, 3), (raster.Width, raster.Height, raster.Channels));
        var (r, g, b) = TestImages.RgbAt(8, 8);
        Assert.InRange(raster[8, 8, 1], (g / 255f) - 0.1f, (g / 255f) + 0.1f);
        Assert.InRange(raster[8, 8, 0], (r / 255f) - 0.1f, (r / 255f) + 0.1f);
        Assert.InRange(raster[8, 8, 2], (b / 255f) - 0.1f, (b / 255f) + 0.1f);
    }

    [SkippableFact]
    public void Dicom_is_read_through_its_window_first_frame()
    {
        var path = fixtures.File("frames3_linear_exact.dcm");
        var windowed = fixtures.Reading("frames3_linear_exact").Windowed!;

        var raster = ImageFileReader.Read(path);

        Assert.Equal((5, 2, 1), (raster.Width, raster.Height, raster.Channels));
        Assert.Equal(windowed.Take(10).Select(v => (float)v), raster.Pixels);
    }

    [Theory]
    [InlineData(new byte[0], "not a PNG, JPEG or DICOM image: the file starts with nothing (empty file)")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "not a PNG, JPEG or DICOM image: the file starts with 474946383961")]
    public void Other_files_are_refused_with_what_they_start_with(byte[] bytes, string expected)
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => ImageFileReader.Decode(bytes, "x.png"));

        Assert.Equal($"x.png: {expected}", error.Message);
    }

    [Fact]
    public void Truncated_png_is_refused()
    {
        var png = TestImages.Rgb(64, 64, SKEncodedImageFormat.Png);

        var error = Assert.Throws<InvalidAuditInputException>(() => ImageFileReader.Decode(png[..(png.Length / 2)], "cut.png"));

        Assert.StartsWith("cut.png: the image data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Png_with_a_corrupt_header_is_refused()
    {
        var png = TestImages.Rgb(4, 4, SKEncodedImageFormat.Png);
        png[12] ^= 0xFF; // the IHDR chunk's type: no longer a PNG Skia can open

        var error = Assert.Throws<InvalidAuditInputException>(() => ImageFileReader.Decode(png, "bad.png"));

        Assert.Equal("bad.png: the image header cannot be decoded (corrupt file?)", error.Message);
    }

    [Fact]
    public void Missing_file_is_refused()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => ImageFileReader.Read("/nonexistent/a.png"));

        Assert.Equal("/nonexistent/a.png: the image file does not exist", error.Message);
    }

    [UnixFact]
    public void A_fifo_named_as_an_image_is_refused_without_hanging()
    {
        var folder = Directory.CreateTempSubdirectory("xai-fifo-").FullName;
        try
        {
            var fifo = SpecialFiles.Fifo(Path.Combine(folder, "a.png"));

            var error = SpecialFiles.Within(() => Record.Exception(() => ImageFileReader.Read(fifo)));

            Assert.Equal($"{fifo}: the image file is a FIFO (named pipe), expected a regular file", Assert.IsType<InvalidAuditInputException>(error).Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
