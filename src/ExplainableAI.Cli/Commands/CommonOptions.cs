using System.CommandLine;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>Options shared by several commands, and their parsing into domain values with clear errors.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Plugins() => new("--plugins")
    {
        Description = "An extra folder of plugin assemblies (repeatable). Folders in the XAI_PLUGINS variable are searched too.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string?> Templates() => new("--templates")
    {
        Description = "A folder of Scriban templates that replaces the built-in report templates.",
    };

    public static Option<string> Language() => new("--lang")
    {
        Description = "The report's language: en or ja (strings from reports/i18n/<lang>.json).",
        DefaultValueFactory = _ => "en",
    };

    public static Option<bool> Pdf() => new("--pdf")
    {
        Description = "Also write report.pdf, printed from the HTML by headless Chromium (XAI_CHROMIUM, else /usr/bin/chromium, chromium, chromium-browser or google-chrome on PATH).",
    };

    public static Option<bool> PdfAppendix() => new("--pdf-appendix")
    {
        Description = "With --pdf (implied): also write report-appendix.pdf with the requirement coverage, every measurement, the rules and provenance; report.pdf holds the verdict, the tier and the findings.",
    };

    /// <summary>The PDF printer when <c>--pdf</c> was given, located before any work so a missing browser writes nothing.</summary>
    public static Reporting.PdfPrinter? Printer(bool pdf) => pdf ? Reporting.PdfPrinter.Locate() : null;

    public static Option<string?> FailOn() => new("--fail-on")
    {
        Description = "Exit with code 1 when a finding is at or above this severity: none, info, warning, error (default error).",
    };

    public static Option<string?> Task() => new("--task")
    {
        Description = "The model's task when it cannot be inferred: binary, multiclass or regression.",
    };

    public static Option<string?> Delimiter() => new("--delimiter")
    {
        Description = "The CSV delimiter: ',', ';' or 'tab' (default: detected from the header).",
    };

    public static Option<string?> ModelInputs() => new("--model-inputs")
    {
        Description = "For an ONNX model whose features arrive as one [N, d] tensor: the data columns in tensor order, comma-separated (the manifest's model.inputs).",
    };

    public static IReadOnlyList<string>? ParseModelInputs(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Split(',', StringSplitOptions.TrimEntries);

    public static Severity? ParseFailOn(string? text) => text is null
        ? null
        : Core.ManifestReader.ParseSeverity(text) ?? throw new InvalidAuditInputException($"expected one of none, info, warning, error, got '{text}'", field: "--fail-on");

    public static ModelTask? ParseTask(string? text) => text switch
    {
        null => null,
        "binary" => ModelTask.BinaryClassification,
        "multiclass" => ModelTask.MulticlassClassification,
        "regression" => ModelTask.Regression,
        _ => throw new InvalidAuditInputException($"expected one of binary, multiclass, regression, got '{text}'", field: "--task"),
    };

    public static char? ParseDelimiter(string? text) => text switch
    {
        null => null,
        "," or ";" => text[0],
        "tab" or "\\t" or "\t" => '\t',
        _ => throw new InvalidAuditInputException($"expected ',', ';' or 'tab', got '{text}'", field: "--delimiter"),
    };

    // Formats are open-ended (plugins add adapters): the model loader names the known ones when this one is not.
    public static string? ParseFormat(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
