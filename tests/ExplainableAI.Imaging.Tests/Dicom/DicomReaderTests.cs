using ExplainableAI.Imaging.Dicom;
using ExplainableAI.Sdk;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Imaging.Tests.Dicom;

public sealed class DicomReaderTests(PydicomFixtures fixtures) : IClassFixture<PydicomFixtures>
{
    [SkippableTheory]
    [InlineData("ct_explicit_signed12", 7, 5, 1, 1)]
    [InlineData("mono16_implicit_sequence", 6, 9, 1, 1)]
    [InlineData("mono16_explicit_sequence", 6, 9, 1, 1)]
    [InlineData("mono8_implicit", 4, 6, 1, 1)]
    [InlineData("rgb_planar0", 3, 4, 3, 1)]
    [InlineData("rgb_planar1", 3, 4, 3, 1)]
    [InlineData("frames3_linear_exact", 2, 5, 1, 3)]
    [InlineData("frames3_sigmoid", 2, 5, 1, 3)]
    public void Pixel_values_equal_pydicoms_pixel_array(string name, int rows, int columns, int samples, int frames)
    {
        var image = DicomReader.Read(fixtures.File(name + ".dcm"));
        var expected = fixtures.Reading(name);

        Assert.Equal((rows, columns, samples, frames), (image.Rows, image.Columns, image.SamplesPerPixel, image.Frames));
        Assert.Equal(expected.PixelArray, image.StoredValues.Select(v => (long)v));
    }

    [SkippableTheory]
    [InlineData("ct_explicit_signed12")]
    [InlineData("mono16_implicit_sequence")]
    [InlineData("mono8_implicit")]
    [InlineData("frames3_linear_exact")]
    public void Modality_values_equal_pydicoms_apply_modality_lut(string name)
    {
        var image = DicomReader.Read(fixtures.File(name + ".dcm"));

        Assert.Equal(fixtures.Reading(name).Modality!, image.ModalityValues());
    }

    [SkippableTheory]
    [InlineData("ct_explicit_signed12")]
    [InlineData("mono16_implicit_sequence")]
    [InlineData("frames3_linear_exact")]
    [InlineData("frames3_sigmoid")]
    public void Windowed_values_equal_pydicoms_apply_voi_lut(string name)
    {
        var image = DicomReader.Read(fixtures.File(name + ".dcm"));
        var expected = fixtures.Reading(name).Windowed!;

        var actual = image.NormalizedValues();
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 12);
        }
    }

    [SkippableFact]
    public void The_first_of_several_windows_is_the_files_window()
    {
        var image = DicomReader.Read(fixtures.File("mono16_implicit_sequence.dcm"));

        Assert.Equal(new DicomWindow(80000, 40000), image.Window);
        Assert.Equal((2.5, -10.0, true), (image.RescaleSlope, image.RescaleIntercept, image.HasRescale));
    }

    [SkippableFact]
    public void Descriptive_attributes_are_read()
    {
        var image = DicomReader.Read(fixtures.File("ct_explicit_signed12.dcm"));

        Assert.Equal("ACME Imaging", image.Attributes["Manufacturer"]);
        Assert.Equal("Scope 3", image.Attributes["ManufacturerModelName"]);
        Assert.Equal("F", image.Attributes["PatientSex"]);
        Assert.Equal("067Y", image.Attributes["PatientAge"]);
        Assert.Equal("1.2.840.10008.1.2.1", image.TransferSyntaxUid);
    }

    [SkippableTheory]
    [InlineData("refused_jpeg_baseline", "transfer syntax 1.2.840.10008.1.2.4.50 (JPEG Baseline) is not supported")]
    [InlineData("refused_big_endian", "transfer syntax 1.2.840.10008.1.2.2 (Explicit VR Big Endian) is not supported")]
    [InlineData("refused_palette", "photometric interpretation 'PALETTE COLOR' is not supported: MONOCHROME2 or RGB expected")]
    public void Unsupported_files_are_refused_with_one_line(string name, string expected)
    {
        var path = fixtures.File(name + ".dcm");

        var error = Assert.Throws<InvalidAuditInputException>(() => DicomReader.Read(path));

        Assert.StartsWith($"{path}: {expected}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [SkippableFact]
    public void A_truncated_file_names_the_byte_where_it_ends()
    {
        var bytes = File.ReadAllBytes(fixtures.File("ct_explicit_signed12.dcm"));

        var error = Assert.Throws<InvalidAuditInputException>(() => DicomReader.Decode(bytes[..^20], "cut.dcm"));

        Assert.Contains("(7FE0,0010)", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated file?", error.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void Dev_zero_named_as_a_dicom_file_is_refused_without_reading_it()
    {
        var error = SpecialFiles.Within(() => Record.Exception(() => DicomReader.Read(SpecialFiles.Zero)));

        Assert.Equal($"{SpecialFiles.Zero}: the DICOM file is a character device, expected a regular file", Assert.IsType<InvalidAuditInputException>(error).Message);
    }
}
