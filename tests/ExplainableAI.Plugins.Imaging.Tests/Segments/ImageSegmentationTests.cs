using ExplainableAI.Plugins.Imaging.Segments;

namespace ExplainableAI.Plugins.Imaging.Tests.Segments;

public sealed class ImageSegmentationTests
{
    // 5 columns into 2 cells: pixel x is in cell ⌊2x/5⌋, so x 0–2 and x 3–4 (the second cell starts at ⌈5/2⌉ = 3);
    // 4 rows into 2 cells of 2.
    [Fact]
    public void Grid_cells_are_numbered_row_by_row_and_differ_by_at_most_one_pixel()
    {
        var grid = ImageSegmentation.Grid(5, 4, rows: 2, columns: 2);

        int[] expected =
        [
            0, 0, 0, 1, 1,
            0, 0, 0, 1, 1,
            2, 2, 2, 3, 3,
            2, 2, 2, 3, 3,
        ];
        Assert.Equal(expected, grid.Labels.ToArray());
        Assert.Equal([6, 4, 6, 4], grid.Sizes.ToArray());
        Assert.Equal(4, grid.Count);
    }

    [Fact]
    public void Labels_must_cover_every_segment()
    {
        Assert.Throws<ArgumentException>(() => new ImageSegmentation(2, 1, [0, 2]));
    }
}
