namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>The method and thresholds that decide drift, read from the options of XAI3001.</summary>
/// <param name="Method">A fixed method, or <see cref="DriftMethod.Auto"/>.</param>
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
    int SmallReferenceRows = 1000);
