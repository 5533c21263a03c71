using System.Text;
using ExplainableAI.Core;

namespace ExplainableAI.Reporting;

/// <summary>
/// A report serialized once: the bytes of <c>report.json</c> and their SHA-256, computed here and only here for a
/// report set, so every file that names the JSON (its checksum, the Annex IV draft, the registry) names the same bytes.
/// </summary>
public sealed class ReportDocument
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private ReportDocument(AuditReport report, ReportOptions options, byte[] json)
    {
        Report = report;
        Options = options;
        Json = json;
        JsonSha256 = Sha256Hex.Of(json);
    }

    /// <summary>The report.</summary>
    public AuditReport Report { get; }

    /// <summary>How the human-readable files are rendered.</summary>
    public ReportOptions Options { get; }

    /// <summary>The bytes of <c>report.json</c> (UTF-8, no byte order mark).</summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <summary>SHA-256 of <see cref="Json"/>, lower-case hexadecimal.</summary>
    public string JsonSha256 { get; }

    /// <summary>Serializes a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">How the human-readable files are rendered.</param>
    /// <returns>The document.</returns>
    public static ReportDocument Create(AuditReport report, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        return new ReportDocument(report, options, Utf8NoBom.GetBytes(AuditReportJson.Serialize(report)));
    }

    /// <summary>Text as a file's bytes: UTF-8 without a byte order mark, as every text file of a set is written.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Utf8(string text) => Utf8NoBom.GetBytes(text);
}
