namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// The words several checks write into chart axes, series and table headers. Written once so the same thing has the same
/// name everywhere and one entry of the translation catalogs (<c>i18n/ja.json</c>) covers it.
/// </summary>
internal static class Words
{
    /// <summary>Series name and header of the share of rows whose decision changed.</summary>
    public const string FlipRate = "Decision flip rate";

    /// <summary>The y axis of a flip rate, with its unit.</summary>
    public const string FlipRateAxis = "Decisions flipped (fraction of rows)";

    /// <summary>Header of the mean absolute change of the score.</summary>
    public const string MeanScoreChange = "Mean |score change|";

    /// <summary>Header of an AUROC drop with its interval.</summary>
    public const string AurocDropWithInterval = "AUROC drop [95 % interval]";

    /// <summary>Series name of the AUROC drop.</summary>
    public const string AurocDrop = "AUROC drop";

    /// <summary>Header of the group column.</summary>
    public const string Group = "Group";

    /// <summary>Header of a row count.</summary>
    public const string Rows = "Rows";

    /// <summary>Header of an evaluation row's index.</summary>
    public const string Row = "Row";

    /// <summary>Header of a score before and after a change.</summary>
    public const string ScoreChange = "Score (before \u2192 after)";

    /// <summary>Subtitle of an AUROC drop chart: the AUROC before the perturbation and what the whiskers are.</summary>
    public const string AurocDropSubtitle = "AUROC without perturbation {0}; whiskers: 95 % paired-bootstrap interval";

    /// <summary>Subtitle of an AUROC drop chart whose whiskers are DeLong's paired intervals.</summary>
    public const string AurocDropSubtitleDeLong = "AUROC without perturbation {0}; whiskers: 95 % paired DeLong interval";

    /// <summary>Subtitle of an AUROC drop chart without intervals.</summary>
    public const string AurocDropSubtitleWithoutInterval = "AUROC without perturbation {0}";

    /// <summary>The subtitle of an AUROC drop chart, naming what its whiskers are.</summary>
    /// <param name="withIntervals">Whether any point has an interval.</param>
    /// <param name="bootstrapSamples">The bootstrap resamples (0: DeLong's intervals).</param>
    /// <returns>The composite format, with the baseline AUROC as argument 0.</returns>
    public static string AurocDropSubtitleFor(bool withIntervals, int bootstrapSamples) =>
        !withIntervals ? AurocDropSubtitleWithoutInterval : bootstrapSamples > 0 ? AurocDropSubtitle : AurocDropSubtitleDeLong;

    /// <summary>The header of a feature's value before and after a change (the feature's name is kept as it is).</summary>
    /// <param name="feature">The feature.</param>
    /// <returns>The header.</returns>
    public static string ValueOf(string feature) => $"Value of '{feature}' (before \u2192 after)";
}
