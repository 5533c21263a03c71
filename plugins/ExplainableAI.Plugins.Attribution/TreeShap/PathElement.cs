namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// One feature on TreeSHAP's unique path: the fraction of "feature absent" rows (cover ratio) and of "feature present" rows
/// (0 or 1: whether the explained row goes this way) that flow down the path, and the permutation weight of the subset size.
/// </summary>
internal struct PathElement
{
    public int Feature;
    public double Zero;
    public double One;
    public double Weight;
}
