using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>What the user gave <c>xai audit</c> on the command line.</summary>
internal sealed record AuditArguments
{
    public string? Manifest { get; init; }

    /// <summary>The registration flags given (<c>--model</c>, <c>--label</c>, ...), applied over the manifest's registration or, without one, over an undeclared registration.</summary>
    public IReadOnlyList<RegistrationOverride> Overrides { get; init; } = [];

    public required string Output { get; init; }

    public IReadOnlyList<string> PluginDirectories { get; init; } = [];

    public string? Templates { get; init; }

    public string Language { get; init; } = "en";

    public int? Seed { get; init; }

    public Severity? FailOn { get; init; }

    public Reporting.PdfPrinter? Pdf { get; init; }

    /// <summary>Prints report-appendix.pdf too (with <see cref="Pdf"/>).</summary>
    public bool PdfAppendix { get; init; }

    /// <summary>Keeps a failed check's own stack frames in its run record (<c>--verbose</c>).</summary>
    public bool StackTraces { get; init; }

    /// <summary>Where plugins run and how their processes are limited (<c>--isolation</c>, <c>--plugin-memory-limit</c>).</summary>
    public PluginIsolationSettings Isolation { get; init; } = PluginIsolationSettings.Default;
}
