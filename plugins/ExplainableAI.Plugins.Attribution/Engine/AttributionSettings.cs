namespace ExplainableAI.Plugins.Attribution;

/// <summary>Tuning of the attribution engines; the defaults suit most audits.</summary>
/// <param name="MaxExactFeatures"><see cref="AttributionMethod.Auto"/> uses exact Shapley values up to this many features.</param>
/// <param name="KernelBudget">Kernel SHAP coalitions per row; <see langword="null"/> means 2d + 2048.</param>
/// <param name="KernelBatches">Independent kernel batches whose spread gives the standard errors.</param>
/// <param name="PermutationPairs">Antithetic permutation pairs per row.</param>
/// <param name="Seed">Seed of coalition and permutation sampling.</param>
/// <param name="MaxDegreeOfParallelism">Threads; <see langword="null"/> means one per processor.</param>
/// <param name="MaxBatchRows">Largest batch of rows sent to the model at once.</param>
public sealed record AttributionSettings(
    int MaxExactFeatures = 16,
    int? KernelBudget = null,
    int KernelBatches = 8,
    int PermutationPairs = 32,
    int Seed = 0,
    int? MaxDegreeOfParallelism = null,
    int MaxBatchRows = 65536)
{
    /// <summary>The defaults.</summary>
    public static AttributionSettings Default { get; } = new();
}
