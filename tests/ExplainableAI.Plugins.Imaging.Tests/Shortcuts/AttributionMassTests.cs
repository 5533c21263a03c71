using ExplainableAI.Plugins.Imaging.Segments;
using ExplainableAI.Plugins.Imaging.Shortcuts;

namespace ExplainableAI.Plugins.Imaging.Tests.Shortcuts;

public sealed class AttributionMassTests
{
    // A 4×4 image in 4 cells of 2×2 with attributions (1, 0, 0, −3): |mass| 4, each cell's mass over its 4 pixels.
    // Band 0.25 of 4 pixels = 1 pixel: the 12 outer pixels; corners are the 4 corner pixels.
    // Cell 0 (top-left) has 3 border pixels incl. 1 corner; cell 3 (bottom-right) the same.
    // Border = (3/4 · 1 + 3/4 · 3) / 4 = 0.75; corners = (1/4 · 1 + 1/4 · 3) / 4 = 0.25.
    // Region of interest: the left half (x in [0, 0.5)): outside is cells 1 and 3, mass 3 of 4.
    [Fact]
    public void Shares_follow_the_hand_computed_case()
    {
        var shares = AttributionMass.Shares(ImageSegmentation.Grid(4, 4, 2, 2), [1, 0, 0, -3], band: 0.25, new RegionOfInterest(0, 0, 0.5, 1));

        Assert.Equal(0.75, shares.Border, 12);
        Assert.Equal(0.25, shares.Corners, 12);
        Assert.Equal(0.75, shares.OutsideRegion!.Value, 12);
    }

    [Fact]
    public void No_attribution_has_no_shares()
    {
        var shares = AttributionMass.Shares(ImageSegmentation.Grid(4, 4, 2, 2), [0, 0, 0, 0], band: 0.1);

        Assert.Equal(new MassShares(0, 0, null), shares);
    }
}
