namespace ExplainableAI.Sdk;

/// <summary>
/// The drift statistics a registration may name (<see cref="RegistrationInfo.DriftMethod"/>,
/// <see cref="FeatureFacts.DriftMethod"/>; manifest <c>data.drift_method</c> and
/// <c>data.features.&lt;column&gt;.drift_method</c>). The host validates the manifest against these names, so a typo is
/// reported at its file, line and column, and the drift checks read the same names, so the two never disagree.
/// </summary>
public static class DriftMethodNames
{
    /// <summary>Choose by reference size, column type and distinct values (Evidently's rule); the default.</summary>
    public const string Auto = "auto";

    /// <summary>The two-sample Kolmogorov–Smirnov test.</summary>
    public const string KolmogorovSmirnov = "ks";

    /// <summary>The Wasserstein distance normed by the reference's standard deviation.</summary>
    public const string Wasserstein = "wasserstein";

    /// <summary>The population stability index.</summary>
    public const string Psi = "psi";

    /// <summary>The Jensen–Shannon distance.</summary>
    public const string JensenShannon = "jensen_shannon";

    /// <summary>Pearson's chi-square test.</summary>
    public const string ChiSquare = "chi_square";

    /// <summary>The two-proportion z-test.</summary>
    public const string ZTest = "z_test";

    /// <summary>Every name, <see cref="Auto"/> first, in the order error messages and option listings show them.</summary>
    public static IReadOnlyList<string> All { get; } = [Auto, KolmogorovSmirnov, Wasserstein, Psi, JensenShannon, ChiSquare, ZTest];
}
