namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>The statistic that decides whether a column drifted. The numbers are the values of the <c>method</c> option.</summary>
internal enum DriftMethod
{
    /// <summary>Chosen per column as Evidently does.</summary>
    Auto = 0,

    /// <summary>Two-sample Kolmogorov–Smirnov p-value below the level.</summary>
    KolmogorovSmirnov = 1,

    /// <summary>Normed Wasserstein distance at or above the threshold.</summary>
    Wasserstein = 2,

    /// <summary>Population Stability Index at or above the threshold.</summary>
    Psi = 3,

    /// <summary>Jensen–Shannon distance at or above the threshold.</summary>
    JensenShannon = 4,

    /// <summary>Chi-square test of homogeneity p-value below the level.</summary>
    ChiSquare = 5,

    /// <summary>Two-proportion z-test p-value below the level.</summary>
    ZTest = 6,
}
