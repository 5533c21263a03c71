namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The coalitions Kernel SHAP evaluates for each row, planned once per run. Row-major masks: the empty and full coalitions first,
/// then the enumerated coalitions (every coalition of the sizes the budget covers, with their exact kernel weight), then
/// <see cref="Batches"/> independent batches of <see cref="SamplesPerBatch"/> sampled coalitions each (in complementary pairs,
/// weight <see cref="SampleWeight"/> each), which each row draws anew into its own copy of the masks.
/// </summary>
/// <param name="Players">Features.</param>
/// <param name="EnumeratedMasks">Masks of the empty, the full and the enumerated coalitions, row-major.</param>
/// <param name="EnumeratedWeights">Kernel weight of each enumerated coalition.</param>
/// <param name="EnumeratedNormal">
/// The enumerated coalitions' share of the normal matrix Σ w·a·aᵀ ((d−1)×(d−1), after eliminating the last feature); it does not
/// depend on the row, so it is summed once.
/// </param>
/// <param name="Batches">Independent sampled batches.</param>
/// <param name="SamplesPerBatch">Sampled coalitions per batch (even).</param>
/// <param name="SampleWeight">Weight of each sampled coalition.</param>
/// <param name="FirstSampled">The smallest sampled coalition size.</param>
/// <param name="SizeCumulative">Cumulative kernel mass of the sampled sizes s ≤ d/2 (with their complements), indexed by size.</param>
internal sealed record KernelPlan(
    int Players,
    bool[] EnumeratedMasks,
    double[] EnumeratedWeights,
    double[] EnumeratedNormal,
    int Batches,
    int SamplesPerBatch,
    double SampleWeight,
    int FirstSampled,
    double[] SizeCumulative)
{
    /// <summary>Coalitions in the plan.</summary>
    public int Count => 2 + EnumeratedWeights.Length + (Batches * SamplesPerBatch);

    /// <summary>A row's masks: the enumerated ones copied in, room for the sampled ones after them.</summary>
    /// <returns>Count × players masks.</returns>
    public bool[] NewMasks()
    {
        var masks = new bool[Count * Players];
        EnumeratedMasks.CopyTo(masks, 0);
        return masks;
    }
}
