namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>The method and thresholds that decide drift, read from the registration and the options of XAI3001.</summary>
/// <param name="Method">The method for every column without its own (manifest <c>data.drift_method</c>, else the
/// <c>method</c> option), or <see cref="DriftMethod.Auto"/>.</param>
/// <param name="KsPValue">Significance level of the K-S test.</param>
/// <param name="ChiSquarePValue">Significance level of the chi-square test.</param>
/// <param name="ZTestPValue">Significance level of the z-test.</param>
/// <param name="WassersteinNormed">Threshold of the normed Wasserstein distance.</param>
/// <param name="JensenShannon">Threshold of the Jensen–Shannon distance.</param>
/// <param name="Psi">Threshold of the PSI.</param>
/// <param name="SmallReferenceRows">Largest reference size (non-missing values) that counts as small.</param>
internal sealed record DriftSettings(
    DriftMethod Method = DriftMethod.Auto,
    double KsPValue = 0.05,
    double ChiSquarePValue = 0.05,
    double ZTestPValue = 0.05,
    double WassersteinNormed = 0.1,
    double JensenShannon = 0.1,
    double Psi = 0.1,
    int SmallReferenceRows = 1000)
{
    /// <summary>Methods declared for single columns (manifest <c>data.features.&lt;column&gt;.drift_method</c>).</summary>
    public IReadOnlyDictionary<string, DriftMethod> ColumnMethods { get; init; } = new Dictionary<string, DriftMethod>(StringComparer.Ordinal);

    /// <summary>The method asked for a column: its own declaration wins over the global one.</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>The method (possibly <see cref="DriftMethod.Auto"/>) and whether it was declared for this column.</returns>
    public (DriftMethod Method, bool ForColumn) MethodFor(string column) =>
        ColumnMethods.TryGetValue(column, out var own) ? (own, true) : (Method, false);
}
