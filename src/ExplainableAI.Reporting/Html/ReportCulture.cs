using System.Globalization;

namespace ExplainableAI.Reporting.Html;

/// <summary>
/// How the human-readable report writes numbers and dates in its language: Japanese reports use the ja-JP culture's
/// number format and dates as <c>2026年11月25日</c>; every other language keeps the invariant culture and ISO dates
/// (<c>2026-11-25</c>). Only the HTML is affected: <c>report.json</c> and SARIF stay invariant.
/// </summary>
/// <param name="Culture">The culture numbers are formatted with.</param>
/// <param name="DatePattern">The pattern of a date.</param>
/// <param name="DateTimePattern">The pattern of a UTC date and time.</param>
internal sealed record ReportCulture(CultureInfo Culture, string DatePattern, string DateTimePattern)
{
    /// <summary>The culture-neutral format: invariant numbers, ISO 8601 dates.</summary>
    public static ReportCulture Invariant { get; } = new(CultureInfo.InvariantCulture, "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss 'UTC'");

    /// <summary>The format for a report language.</summary>
    /// <param name="language">A language code such as <c>en</c> or <c>ja</c>.</param>
    /// <returns>The format.</returns>
    public static ReportCulture For(string language) =>
        language.Split('-')[0].ToLowerInvariant() switch
        {
            "ja" => new(Japanese(), "yyyy年M月d日", "yyyy年M月d日 HH:mm:ss 'UTC'"),
            _ => Invariant,
        };

    /// <summary>Formats a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public string Date(DateOnly date) => date.ToString(DatePattern, Culture);

    /// <summary>Formats an instant in UTC.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public string DateTime(DateTimeOffset instant) => instant.UtcDateTime.ToString(DateTimePattern, Culture);

    // Where ICU has no ja-JP data, its number conventions (which match the invariant ones: "." and "," by threes) are
    // still right, so the fallback only loses nothing visible.
    private static CultureInfo Japanese()
    {
        try
        {
            return CultureInfo.GetCultureInfo("ja-JP");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
