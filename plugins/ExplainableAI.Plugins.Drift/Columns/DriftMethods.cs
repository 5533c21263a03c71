namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>Names and decision rules of the drift methods.</summary>
internal static class DriftMethods
{
    /// <summary>
    /// The deciding statistic in words, as findings, tables and the translation catalogs (i18n/*.json) write it; the
    /// measurement keeps its identifier (<see cref="StatisticName"/>).
    /// </summary>
    public static string Words(DriftMethod method) => method switch
    {
        DriftMethod.KolmogorovSmirnov => "Kolmogorov–Smirnov p-value",
        DriftMethod.Wasserstein => "Normed Wasserstein distance",
        DriftMethod.Psi => "Population stability index",
        DriftMethod.JensenShannon => "Jensen–Shannon distance",
        DriftMethod.ChiSquare => "Chi-square p-value",
        DriftMethod.ZTest => "Two-proportion z-test p-value",
        _ => "None",
    };

    /// <summary>The deciding statistic's value with its relation: "= 0.391", or "&lt; 0.001" for a small p-value.</summary>
    public static string ValueText(DriftMethod method, double statistic) =>
        !IsTest(method) ? "= " + NumberText.Significant(statistic)
        : statistic < NumberText.SmallestPValue ? NumberText.PValue(statistic)
        : "= " + NumberText.PValue(statistic);

    /// <summary>The threshold with the side that means drift: "≤ 0.05" (K-S, chi-square), "&lt; 0.05" (z-test), "≥ 0.1" (distances).</summary>
    public static string ThresholdText(DriftMethod method, double threshold) => method switch
    {
        DriftMethod.KolmogorovSmirnov or DriftMethod.ChiSquare => "≤ ",
        DriftMethod.ZTest => "< ",
        _ => "≥ ",
    } + NumberText.Significant(threshold);

    /// <summary>The measurement name of the deciding statistic.</summary>
    public static string StatisticName(DriftMethod method) => method switch
    {
        DriftMethod.KolmogorovSmirnov => "ks_p_value",
        DriftMethod.Wasserstein => "wasserstein_normed",
        DriftMethod.Psi => "psi",
        DriftMethod.JensenShannon => "jensen_shannon",
        DriftMethod.ChiSquare => "chi2_p_value",
        DriftMethod.ZTest => "z_test_p_value",
        _ => "none",
    };

    /// <summary>The name a manifest uses for the method (<c>data.drift_method</c>, <c>data.features.&lt;column&gt;.drift_method</c>).</summary>
    public static string ManifestName(DriftMethod method) => method switch
    {
        DriftMethod.KolmogorovSmirnov => DriftMethodNames.KolmogorovSmirnov,
        DriftMethod.Wasserstein => DriftMethodNames.Wasserstein,
        DriftMethod.Psi => DriftMethodNames.Psi,
        DriftMethod.JensenShannon => DriftMethodNames.JensenShannon,
        DriftMethod.ChiSquare => DriftMethodNames.ChiSquare,
        DriftMethod.ZTest => DriftMethodNames.ZTest,
        _ => DriftMethodNames.Auto,
    };

    /// <summary>Whether the statistic is a p-value (drift below the level) rather than a distance (drift at or above).</summary>
    public static bool IsTest(DriftMethod method) =>
        method is DriftMethod.KolmogorovSmirnov or DriftMethod.ChiSquare or DriftMethod.ZTest;

    /// <summary>
    /// Whether the statistic says drift. Evidently's conventions: K-S and chi-square p ≤ level, the z-test p &lt; level
    /// (strict), every distance (normed Wasserstein, PSI, Jensen–Shannon) ≥ threshold.
    /// </summary>
    public static bool Drifted(DriftMethod method, double statistic, double threshold) => method switch
    {
        DriftMethod.KolmogorovSmirnov or DriftMethod.ChiSquare => statistic <= threshold,
        DriftMethod.ZTest => statistic < threshold,
        _ => statistic >= threshold,
    };

    /// <summary>
    /// How far past its threshold a statistic is, comparable across methods: statistic ÷ threshold for a distance,
    /// threshold ÷ p-value for a test (∞ for p = 0). Drift means at least 1 (for the z-test, above 1).
    /// </summary>
    public static double Strength(DriftMethod method, double statistic, double threshold) =>
        IsTest(method) ? threshold / statistic : statistic / threshold;

    /// <summary>Reads a method name from the manifest; an unknown name is a user error naming the field.</summary>
    /// <param name="name">One of <see cref="DriftMethodNames.All"/>, or <see langword="null"/> for auto.</param>
    /// <param name="field">The manifest field it came from.</param>
    /// <returns>The method.</returns>
    public static DriftMethod FromName(string? name, string field) => name switch
    {
        null or DriftMethodNames.Auto => DriftMethod.Auto,
        DriftMethodNames.KolmogorovSmirnov => DriftMethod.KolmogorovSmirnov,
        DriftMethodNames.Wasserstein => DriftMethod.Wasserstein,
        DriftMethodNames.Psi => DriftMethod.Psi,
        DriftMethodNames.JensenShannon => DriftMethod.JensenShannon,
        DriftMethodNames.ChiSquare => DriftMethod.ChiSquare,
        DriftMethodNames.ZTest => DriftMethod.ZTest,
        _ => throw new InvalidAuditInputException(
            $"{field} must be one of {string.Join(", ", DriftMethodNames.All)}, not '{name}'",
            field: field),
    };
}
