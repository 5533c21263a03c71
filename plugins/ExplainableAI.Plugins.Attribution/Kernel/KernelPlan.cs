namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The coalitions Kernel SHAP evaluates for one row. Row-major masks: the empty and full coalitions first, then the enumerated
/// coalitions (every coalition of the sizes the budget covers, with their exact kernel weight), then <see cref="Batches"/>
/// independent batches of <see cref="SamplesPerBatch"/> sampled coalitions each (in complementary pairs, weight
/// <see cref="SampleWeight"/> each).
/// </summary>
internal sealed record KernelPlan(bool[] Masks, double[] EnumeratedWeights, int Batches, int SamplesPerBatch, double SampleWeight)
{
    /// <summary>Coalitions in the plan.</summary>
    public int Count => 2 + EnumeratedWeights.Length + (Batches * SamplesPerBatch);
}
