using ExplainableAI.Core;
using ExplainableAI.Data;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>A fully resolved audit: what to load, how to configure it, and where to write.</summary>
internal sealed record AuditPlan(
    RegistrationRecord Registration,
    string EvaluationPath,
    string? ReferencePath,
    DataLoadOptions DataOptions,
    string? ModelPath,
    string? ModelFormat,
    ModelTask? Task,
    CheckConfiguration Configuration,
    int Seed,
    IReadOnlyList<string> PluginDirectories,
    string OutputDirectory,
    string? TemplatesDirectory,
    string Language)
{
    /// <summary>The columns of an ONNX model's single [N, d] feature tensor, in order, when declared (model.inputs, --model-inputs).</summary>
    public IReadOnlyList<string>? ModelInputs { get; init; }

    /// <summary>Prints report.pdf too, when set.</summary>
    public Reporting.PdfPrinter? Pdf { get; init; }

    /// <summary>Prints report-appendix.pdf too (with <see cref="Pdf"/>).</summary>
    public bool PdfAppendix { get; init; }

    /// <summary>Keeps a failed check's own stack frames in its run record (<c>--verbose</c>).</summary>
    public bool StackTraces { get; init; }

    /// <summary>Where plugins run and how their processes are limited.</summary>
    public PluginIsolationSettings Isolation { get; init; } = PluginIsolationSettings.Default;
}
