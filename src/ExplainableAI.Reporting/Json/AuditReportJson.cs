using System.Text;
using System.Text.Json;
using ExplainableAI.Core;
using ExplainableAI.Reporting.Json;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting;

/// <summary>
/// The canonical <c>report.json</c>: System.Text.Json, camelCase names, enums as camelCase strings, indented with
/// <c>\n</c>, properties in declaration order and dictionary keys in ordinal order, so one report always gives the same
/// bytes. Doubles are written in their shortest round-trip form; NaN and infinities, which JSON cannot express as
/// numbers, are written as the strings <c>"NaN"</c>, <c>"Infinity"</c> and <c>"-Infinity"</c>. Absent values are written as <c>null</c>.
/// The shape is described by <c>reports/schema/report.schema.json</c>.
/// </summary>
public static class AuditReportJson
{
    /// <summary>The deepest nesting read: a report is about 8 levels deep; the bound stops a hostile file early.</summary>
    internal const int MaxDepth = 64;

    /// <summary>The largest report.json read (256 MiB): a large audit writes a few MiB.</summary>
    internal const long MaxBytes = 256L << 20;

    /// <summary>Serializes a report to its canonical JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Serialize(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, ReportJsonOptions.Instance) + "\n";
    }

    /// <summary>Reads a <c>report.json</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidAuditInputException">
    /// The file is missing or not a regular file, is larger than 256 MiB, is not valid JSON or nested deeper than 64 levels, does not match the report schema, or has a <c>schemaVersion</c>
    /// not in <see cref="AuditReport.ReadableSchemaVersions"/>; the exception names the file, line and column.
    /// </exception>
    public static AuditReport Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var text = Encoding.UTF8.GetString(InputFile.ReadAllBytes(path, "report", MaxBytes));
        return Parse(text, path);
    }

    /// <summary>Parses report JSON text; <paramref name="source"/> names it in errors.</summary>
    internal static AuditReport Parse(string text, string source)
    {
        try
        {
            // The version is checked before the shape, so a report from another schema version says so instead of
            // failing on whichever property changed first.
            CheckSchemaVersion(text, source);
            return JsonSerializer.Deserialize<AuditReport>(text, ReportJsonOptions.Instance)
                ?? throw new InvalidAuditInputException("expected a report object, found null", file: source, line: 1, column: 1);
        }
        catch (JsonException ex)
        {
            throw FromJsonException(ex, source);
        }
    }

    private static void CheckSchemaVersion(string text, string source)
    {
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, MaxDepth = MaxDepth });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidAuditInputException(
                $"expected a report object, found {document.RootElement.ValueKind.ToString().ToLowerInvariant()}", file: source, line: 1, column: 1);
        }

        if (!document.RootElement.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.String)
        {
            throw new InvalidAuditInputException(
                $"expected a string property 'schemaVersion' equal to {Versions()}", file: source, field: "schemaVersion");
        }

        if (!AuditReport.ReadableSchemaVersions.Contains(version.GetString(), StringComparer.Ordinal))
        {
            throw new InvalidAuditInputException(
                $"unsupported report schema version \"{version.GetString()}\"; this tool reads version {Versions()}",
                file: source,
                field: "schemaVersion");
        }
    }

    private static string Versions() => string.Join(" or ", AuditReport.ReadableSchemaVersions.Select(v => $"\"{v}\""));

    private static InvalidAuditInputException FromJsonException(JsonException ex, string source)
    {
        // System.Text.Json appends " Path: … | LineNumber: … | BytePositionInLine: …" to its messages; the exception
        // carries those facts as fields, so keep only the description of what was expected.
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        message = message.TrimEnd('.');
        var problem = ex.Path is { Length: > 0 } jsonPath ? $"{message} (at {jsonPath})" : message;

        // JsonException positions are zero-based; the column is a byte offset, which equals the character column for
        // the ASCII text a report mostly is.
        int? line = ex.LineNumber is { } l ? checked((int)l + 1) : null;
        int? column = ex.BytePositionInLine is { } c ? checked((int)c + 1) : null;
        return new InvalidAuditInputException($"invalid report JSON: {problem}", file: source, line: line, column: column, innerException: ex);
    }
}
