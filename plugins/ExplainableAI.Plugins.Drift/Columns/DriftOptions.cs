namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>The options of XAI3001, which every drift rule decides with.</summary>
internal static class DriftOptions
{
    /// <summary>Method, by the names of <c>data.drift_method</c>: auto, ks, wasserstein, psi, jensen_shannon, chi_square, z_test.</summary>
    public const string Method = "method";

    /// <summary>K-S significance level.</summary>
    public const string KsPValue = "ks_p_value";

    /// <summary>Chi-square significance level.</summary>
    public const string ChiSquarePValue = "chi2_p_value";

    /// <summary>z-test significance level.</summary>
    public const string ZTestPValue = "z_test_p_value";

    /// <summary>Normed Wasserstein threshold.</summary>
    public const string WassersteinNormed = "wasserstein_normed";

    /// <summary>Jensen–Shannon threshold.</summary>
    public const string JensenShannon = "jensen_shannon";

    /// <summary>PSI threshold.</summary>
    public const string Psi = "psi";

    /// <summary>Largest reference size that counts as small.</summary>
    public const string SmallReferenceRows = "small_reference_rows";

    /// <summary>The options with their defaults.</summary>
    public static IReadOnlyList<RuleOption> All { get; } =
    [
        RuleOption.Text(
            Method,
            DriftMethodNames.Auto,
            "Method that decides drift for every column the manifest gives no method (data.features.<column>.drift_method, then data.drift_method win over this option): auto (Evidently's choice by reference size, type and distinct values), ks (Kolmogorov-Smirnov), wasserstein (normed Wasserstein), psi, jensen_shannon, chi_square, z_test (two-proportion z-test). A global method that does not apply to a column (K-S of a categorical column, z-test with more than two values) falls back to auto for it. Default auto.",
            // The names data.drift_method takes, so one vocabulary serves the option and the manifest.
            [.. DriftMethodNames.All]),
        new(KsPValue, 0.05, "K-S: drift when the p-value is at or below this level. Default 0.05."),
        new(ChiSquarePValue, 0.05, "Chi-square: drift when the p-value is at or below this level. Default 0.05."),
        new(ZTestPValue, 0.05, "Two-proportion z-test: drift when the p-value is below this level (strict). Default 0.05."),
        new(WassersteinNormed, 0.1, "Normed Wasserstein (W1 / max(reference std, 0.001)): drift when at least this. Default 0.1."),
        new(JensenShannon, 0.1, "Jensen-Shannon distance (natural log): drift when at least this. Default 0.1."),
        new(Psi, 0.1, "PSI: drift when at least this (0.25 is conventionally major). Default 0.1."),
        RuleOption.Integer(SmallReferenceRows, 1000, "Auto method: a reference with at most this many non-missing values is small (tests); a larger one uses distances. Default 1000."),
    ];

    /// <summary>
    /// Reads the settings: the registration's methods (per column, then global) win over the <c>method</c> option; the
    /// thresholds are the options of <paramref name="rule"/>.
    /// </summary>
    public static DriftSettings Read(CheckContext context, RuleDescriptor rule)
    {
        var registration = context.Registration;
        var global = DriftMethods.FromName(registration.DriftMethod, "data.drift_method");
        var columnMethods = new Dictionary<string, DriftMethod>(StringComparer.Ordinal);
        foreach (var (column, facts) in registration.Features)
        {
            var method = DriftMethods.FromName(facts.DriftMethod, $"data.features.{column}.drift_method");
            if (method != DriftMethod.Auto)
            {
                columnMethods[column] = method;
            }
        }

        return Thresholds(context, rule) with
        {
            Method = global != DriftMethod.Auto ? global : DriftMethods.FromName(context.OptionText(rule, Method), $"checks.options.{rule.Id}.{Method}"),
            ColumnMethods = columnMethods,
        };
    }

    private static DriftSettings Thresholds(CheckContext context, RuleDescriptor rule) => new(
        DriftMethod.Auto,
        context.Option(rule, KsPValue),
        context.Option(rule, ChiSquarePValue),
        context.Option(rule, ZTestPValue),
        context.Option(rule, WassersteinNormed),
        context.Option(rule, JensenShannon),
        context.Option(rule, Psi),
        context.OptionInteger(rule, SmallReferenceRows));
}
