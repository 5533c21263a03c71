using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Html;

/// <summary>Whether the audit passes its gate (<c>--fail-on</c>), computed from the summary's counts of active findings.</summary>
internal static class GateVerdict
{
    /// <summary>
    /// The gate fails when an active finding is at or above <see cref="ConfigurationRecord.FailOn"/>. A gate of
    /// <see cref="Severity.None"/> is switched off and always passes. Suppressed findings never count.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns><see langword="true"/> when the gate passed.</returns>
    public static bool Passed(AuditReport report)
    {
        var summary = report.Summary;
        return report.Configuration.FailOn switch
        {
            Severity.None => true,
            Severity.Info => summary.Errors + summary.Warnings + summary.Infos == 0,
            Severity.Warning => summary.Errors + summary.Warnings == 0,
            _ => summary.Errors == 0,
        };
    }
}
