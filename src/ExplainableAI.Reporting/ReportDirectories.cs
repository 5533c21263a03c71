namespace ExplainableAI.Reporting;

/// <summary>Where the shipped report resources live beside the assembly.</summary>
internal static class ReportDirectories
{
    /// <summary>The shipped <c>reports/i18n</c> folder.</summary>
    public static string DefaultI18n => Path.Combine(AppContext.BaseDirectory, "reports", "i18n");

    /// <summary>The <c>i18n</c> folder beside a templates folder.</summary>
    /// <param name="templatesDirectory">The templates folder.</param>
    /// <returns>The sibling folder's path, which may not exist.</returns>
    public static string I18nBeside(string templatesDirectory) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(templatesDirectory)) ?? templatesDirectory, "i18n");
}
