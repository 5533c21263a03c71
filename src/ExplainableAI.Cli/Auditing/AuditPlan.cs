using ExplainableAI.Core;

namespace ExplainableAI.Cli;

/// <summary>A fully resolved audit: what to load, how to configure it, and where to write.</summary>
internal sealed record AuditPlan(
    RegistrationRecord Registration,
    ModelSource Model,
    DataSources Data,
    CheckConfiguration Configuration,
    int Seed,
    IReadOnlyList<string> PluginDirectories,
    string OutputDirectory,
    string? TemplatesDirectory,
    string Language)
{
    /// <summary>Prints report.pdf too, when set.</summary>
    public Reporting.PdfPrinter? Pdf { get; init; }

    /// <summary>Prints report-appendix.pdf too (with <see cref="Pdf"/>).</summary>
    public bool PdfAppendix { get; init; }

    /// <summary>Keeps a failed check's own stack frames in its run record (<c>--verbose</c>).</summary>
    public bool StackTraces { get; init; }

    /// <summary>Where plugins run and how their processes are limited.</summary>
    public PluginIsolationSettings Isolation { get; init; } = PluginIsolationSettings.Default;
}
