namespace ExplainableAI.Plugins.Imaging.Shortcuts;

/// <summary>
/// The region a model should look at, as fractions of the image's width and height (so one declaration fits every image
/// size): the rectangle [Left, Right) × [Top, Bottom).
/// </summary>
internal sealed record RegionOfInterest(double Left, double Top, double Right, double Bottom)
{
    public bool Contains(int x, int y, int width, int height)
    {
        var (u, v) = ((x + 0.5) / width, (y + 0.5) / height);
        return u >= Left && u < Right && v >= Top && v < Bottom;
    }
}
