namespace ExplainableAI.Plugins.Imaging.Segments;

/// <summary>
/// A partition of an image's pixels into segments (grid cells or superpixels), the players of an image attribution:
/// <see cref="Labels"/> holds each pixel's segment, row by row.
/// </summary>
internal sealed class ImageSegmentation
{
    private readonly int[] labels;
    private readonly int[] sizes;

    public ImageSegmentation(int width, int height, int[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length != width * height)
        {
            throw new ArgumentException($"{width}×{height} pixels need as many labels, got {labels.Length}", nameof(labels));
        }

        Width = width;
        Height = height;
        this.labels = labels;
        Count = labels.Length == 0 ? 0 : labels.Max() + 1;
        sizes = new int[Count];
        foreach (var label in labels)
        {
            if (label < 0)
            {
                throw new ArgumentException("segment labels start at 0", nameof(labels));
            }

            sizes[label]++;
        }

        if (sizes.Contains(0))
        {
            throw new ArgumentException("every segment label from 0 to the largest must be used", nameof(labels));
        }
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The number of segments.</summary>
    public int Count { get; }

    /// <summary>Each pixel's segment, row by row.</summary>
    public ReadOnlySpan<int> Labels => labels;

    /// <summary>Pixels in each segment.</summary>
    public ReadOnlySpan<int> Sizes => sizes;

    /// <summary>
    /// A grid of <paramref name="rows"/> × <paramref name="columns"/> cells, numbered row by row; pixel x lies in cell
    /// ⌊x · cells / size⌋, so cells differ by at most one pixel when the size does not divide.
    /// </summary>
    public static ImageSegmentation Grid(int width, int height, int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rows, height);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columns, width);
        var labels = new int[width * height];
        for (var y = 0; y < height; y++)
        {
            var row = (int)((long)y * rows / height);
            for (var x = 0; x < width; x++)
            {
                labels[(y * width) + x] = (row * columns) + (int)((long)x * columns / width);
            }
        }

        return new ImageSegmentation(width, height, labels);
    }
}
