using ExplainableAI.Imaging.Datasets;
using ExplainableAI.Imaging.Tests.Rasters;
using ExplainableAI.Sdk;
using SkiaSharp;

namespace ExplainableAI.Imaging.Tests.Datasets;

public sealed class ImageIndexReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("xai-images-").FullName;

    [Fact]
    public void Index_rows_name_images_beside_it_and_carry_their_metadata()
    {
        Directory.CreateDirectory(Path.Combine(folder, "img"));
        File.WriteAllBytes(Path.Combine(folder, "img", "a.png"), TestImages.GreyPng(4, 3));
        File.WriteAllBytes(Path.Combine(folder, "img", "b.png"), TestImages.Rgb(2, 2, SKEncodedImageFormat.Png));
        var index = Write("index.csv", "file,label,site,age\nimg/a.png,1,tokyo,71\nimg/b.png,0,osaka,\n");

        var dataset = new ImageIndexReader().Read(index);

        Assert.Equal(2, dataset.Count);
        Assert.Equal(Path.Combine(folder, "img", "b.png"), dataset.Files[1]);
        Assert.Equal("osaka", dataset.Index["site"].FormatValue(1));
        Assert.True(dataset.Index["age"].IsMissing(1));
        Assert.Equal((4, 3, 1), (dataset.Load(0).Width, dataset.Load(0).Height, dataset.Load(0).Channels));
        Assert.Equal(3, dataset.Load(1).Channels);
    }

    [Fact]
    public void A_missing_image_is_reported_with_its_line_in_the_index()
    {
        File.WriteAllBytes(Path.Combine(folder, "a.png"), TestImages.GreyPng(2, 2));
        var index = Write("index.csv", "file,label\na.png,1\nmissing.png,0\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => new ImageIndexReader().Read(index));

        Assert.Equal(
            $"{index}:3: 'file': image file 'missing.png' does not exist (looked for {Path.Combine(folder, "missing.png")})",
            error.Message);
    }

    [Fact]
    public void An_index_without_the_file_column_lists_its_columns()
    {
        var index = Write("index.csv", "path,label\na.png,1\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => new ImageIndexReader().Read(index));

        Assert.Equal($"{index}:1: the image index has no column 'file' naming each image file; its columns are path, label", error.Message);
    }

    [Fact]
    public void Another_file_column_can_be_named()
    {
        File.WriteAllBytes(Path.Combine(folder, "a.png"), TestImages.GreyPng(2, 2));
        var index = Write("index.csv", "path,label\na.png,1\n");

        Assert.Equal(1, new ImageIndexReader().Read(index, fileColumn: "path").Count);
    }

    [Fact]
    public void File_names_that_look_like_numbers_keep_their_digits()
    {
        File.WriteAllBytes(Path.Combine(folder, "0007"), TestImages.GreyPng(2, 2));
        var index = Write("index.csv", "file,label\n0007,1\n");

        Assert.Equal(Path.Combine(folder, "0007"), new ImageIndexReader().Read(index).Files[0]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
