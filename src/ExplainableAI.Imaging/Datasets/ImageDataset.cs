using ExplainableAI.Imaging.Rasters;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Imaging;

namespace ExplainableAI.Imaging.Datasets;

/// <summary>
/// An image dataset: an index table (one row an image: its file, label and metadata such as site, scanner, sex, age) and
/// the image files it names, read one at a time so that a large set never sits in memory whole.
/// </summary>
public sealed class ImageDataset
{
    private readonly string[] files;

    internal ImageDataset(TabularData index, string fileColumn, string[] files)
    {
        Index = index;
        FileColumn = fileColumn;
        this.files = files;
    }

    /// <summary>The index: every column of the CSV, the file column included, as tabular data for cohorts and labels.</summary>
    public TabularData Index { get; }

    /// <summary>The name of the index column that holds each row's image file.</summary>
    public string FileColumn { get; }

    /// <summary>The full path of each row's image file.</summary>
    public IReadOnlyList<string> Files => files;

    /// <summary>The number of images.</summary>
    public int Count => files.Length;

    /// <summary>Reads the image of row <paramref name="row"/>.</summary>
    /// <exception cref="InvalidAuditInputException">The file is corrupt, truncated or of another kind.</exception>
    public ImageRaster Load(int row) => ImageFileReader.Read(files[row]);
}
