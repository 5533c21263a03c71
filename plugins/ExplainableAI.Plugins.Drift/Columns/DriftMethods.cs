namespace ExplainableAI.Plugins.Drift.Columns;

/// <summary>Names and decision rules of the drift methods.</summary>
internal static class DriftMethods
{
    /// <summary>The name shown in findings.</summary>
    public static string DisplayName(DriftMethod method) => method switch
    {
        DriftMethod.KolmogorovSmirnov => "Kolmogorov-Smirnov",
        DriftMethod.Wasserstein => "normed Wasserstein",
        DriftMethod.Psi => "PSI",
        DriftMethod.JensenShannon => "Jensen-Shannon",
        DriftMethod.ChiSquare => "chi-square",
        DriftMethod.ZTest => "two-proportion z-test",
        _ => "none",
    };

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

    /// <summary>Whether the statistic is a p-value (drift below the level) rather than a distance (drift at or above).</summary>
    public static bool IsTest(DriftMethod method) =>
        method is DriftMethod.KolmogorovSmirnov or DriftMethod.ChiSquare or DriftMethod.ZTest;

    /// <summary>Reads the method option (0 = auto … 6 = z-test); an unknown value is a user error.</summary>
    public static DriftMethod FromOption(double value)
    {
        var code = (int)value;
        if (code != value || !Enum.IsDefined((DriftMethod)code))
        {
            throw new InvalidAuditInputException(
                $"option method of {DriftRuleIds.ColumnDrift} must be 0 (auto) to 6 (z-test), not {value.ToString(CultureInfo.InvariantCulture)}",
                field: "method");
        }

        return (DriftMethod)code;
    }
}
