using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting;

/// <summary>
/// Writes a report as a SARIF 2.1.0 log, the format code-scanning tools read: one run whose driver lists every rule, and
/// one result per finding. Suppressed findings carry an external suppression with its justification; the evidence
/// metrics ride along in each result's property bag.
/// </summary>
/// <remarks>
/// Files are named relative to the <see cref="BaseId"/> base (declared in <c>run.originalUriBaseIds</c>): the folder of
/// the registration manifest, or the working directory when the audit ran without one, so a log moved to another machine
/// or a CI checkout still resolves. A file outside that folder keeps an absolute <c>file:</c> URI without a base, as SARIF
/// requires of a URI that is not relative. Each result carries a <see cref="FingerprintKey"/> partial fingerprint computed
/// from what identifies the finding (rule, check, column, group), never from its message or numbers, so code-scanning
/// tools match the same finding across runs whose metrics differ.
/// </remarks>
public static class SarifWriter
{
    /// <summary>The schema the log declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The <c>uriBaseId</c> of files under the audit's folder (the manifest's folder, else the working directory).</summary>
    public const string BaseId = "AUDITROOT";

    /// <summary>The <c>partialFingerprints</c> key; the <c>/v1</c> changes if what is hashed ever changes.</summary>
    public const string FingerprintKey = "xaiFinding/v1";

    /// <summary>Writes the log.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The SARIF JSON, indented with <c>\n</c> and ending with a newline.</returns>
    public static string Write(AuditReport report) => Write(report, Environment.CurrentDirectory);

    /// <summary>Writes the log, naming files relative to the manifest's folder or, without a manifest, to <paramref name="workingDirectory"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="workingDirectory">The directory relative input paths were read from (the audit's working directory).</param>
    /// <returns>The SARIF JSON.</returns>
    internal static string Write(AuditReport report, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var artifacts = new ArtifactBase(report.Registration.ManifestPath is { Length: > 0 } manifest ? Path.GetDirectoryName(manifest) ?? string.Empty : workingDirectory, report.Registration.ManifestPath is { Length: > 0 });
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", Version);
            json.WriteStartArray("runs");
            WriteRun(json, report, artifacts);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteRun(Utf8JsonWriter json, AuditReport report, ArtifactBase artifacts)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < report.Rules.Count; i++)
        {
            ruleIndex.TryAdd(report.Rules[i].Id, i);
        }

        var evaluation = report.Datasets.FirstOrDefault(d => string.Equals(d.Role, "evaluation", StringComparison.OrdinalIgnoreCase));

        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "ExplainableAI");
        json.WriteString("version", report.Tool.Version);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.Summary.ChecksFailed == 0 && report.Plugins.All(p => p.Error is null));
        json.WriteString("endTimeUtc", report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        WriteNotifications(json, report);
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(BaseId);
        if (artifacts.Uri is { } baseUri)
        {
            json.WriteString("uri", baseUri);
        }

        json.WriteStartObject("description");
        json.WriteString("text", artifacts.FromManifest ? "The folder of the registration manifest." : "The working directory of the audit.");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        json.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            var hash = Fingerprint(finding);
            seen[hash] = seen.GetValueOrDefault(hash) + 1;
            WriteResult(json, finding, ruleIndex, evaluation, artifacts, $"{hash}:{seen[hash].ToString(CultureInfo.InvariantCulture)}");
        }

        json.WriteEndArray();

        json.WriteStartObject("properties");
        json.WriteString("schemaVersion", report.SchemaVersion);
        json.WriteNumber("seed", report.Seed);
        json.WriteString("failOn", Level(report.Configuration.FailOn));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleRecord rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalCase(rule.Title));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", string.IsNullOrWhiteSpace(rule.Description) ? rule.Title : rule.Description);
        json.WriteEndObject();
        json.WriteStartObject("messageStrings");
        json.WriteStartObject("default");
        json.WriteString("text", rule.MessageFormat);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("family", Camel(rule.Family));
        json.WriteStartArray("requirements");
        foreach (var requirement in rule.Requirements)
        {
            json.WriteStringValue(requirement);
        }

        json.WriteEndArray();
        json.WriteString("effectiveLevel", Level(rule.EffectiveSeverity));
        json.WriteString("check", rule.Check);
        json.WriteString("plugin", rule.Plugin);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNotifications(Utf8JsonWriter json, AuditReport report)
    {
        var failedChecks = report.Checks.Where(c => c.Status is CheckStatus.Failed or CheckStatus.TimedOut).ToList();
        var failedPlugins = report.Plugins.Where(p => p.Error is not null).ToList();
        if (failedChecks.Count == 0 && failedPlugins.Count == 0)
        {
            return;
        }

        json.WriteStartArray("toolExecutionNotifications");
        foreach (var plugin in failedPlugins)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", $"Plugin {plugin.Name} failed to load: {plugin.Error}");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        foreach (var check in failedChecks)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", $"Check {check.Name} {(check.Status == CheckStatus.TimedOut ? "timed out" : "failed")}" + (check.Message is null ? "." : $": {check.Message}"));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, Dictionary<string, int> ruleIndex, DatasetRecord? evaluation, ArtifactBase artifacts, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        if (evaluation?.Path is { Length: > 0 } dataPath)
        {
            json.WriteStartObject("physicalLocation");
            artifacts.WriteLocation(json, dataPath);
            json.WriteEndObject();
        }

        var location = finding.Location;
        if (location.Column is not null || location.Group is not null)
        {
            json.WriteStartArray("logicalLocations");
            if (location.Column is not null)
            {
                WriteLogicalLocation(json, location.Column, "member");
            }

            if (location.Group is not null)
            {
                WriteLogicalLocation(json, location.Group, "module");
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();

        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("justification", suppression.Justification);
            if (suppression.Source is not null)
            {
                json.WriteStartObject("location");
                json.WriteStartObject("physicalLocation");
                artifacts.WriteLocation(json, suppression.Source);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, fingerprint);
        json.WriteEndObject();

        json.WriteStartObject("properties");
        json.WriteString("family", Camel(finding.Family));
        json.WriteString("check", finding.Check);
        if (location.Rows is { Count: > 0 } rows)
        {
            json.WriteStartArray("rows");
            foreach (var row in rows)
            {
                json.WriteNumberValue(row);
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("metrics");
        foreach (var metric in finding.Evidence.Metrics ?? [])
        {
            json.WriteStartObject(metric.Name);
            WriteDouble(json, "value", metric.Value);
            WriteDouble(json, "lower", metric.Lower);
            WriteDouble(json, "upper", metric.Upper);
            WriteDouble(json, "threshold", metric.Threshold);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// SHA-256 (lowercase hex) of what identifies a finding: rule ID, check, column and group, each length-prefixed so
    /// no two different tuples hash alike. The message, metrics and rows are left out on purpose: they change between runs.
    /// </summary>
    internal static string Fingerprint(Finding finding)
    {
        var key = new StringBuilder();
        foreach (var part in new[] { finding.RuleId, finding.Check, finding.Location.Column, finding.Location.Group })
        {
            // -1 marks an absent part, distinct from an empty string.
            key.Append(part is null ? "-1" : part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part).Append('|');
        }

        return Sha256Hex.Of(Encoding.UTF8.GetBytes(key.ToString()));
    }

    private static void WriteLogicalLocation(Utf8JsonWriter json, string name, string kind)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("kind", kind);
        json.WriteEndObject();
    }

    // JSON numbers cannot be NaN or infinite; like report.json, such values are written as strings.
    private static void WriteDouble(Utf8JsonWriter json, string name, double? value)
    {
        switch (value)
        {
            case null:
                return;
            case { } v when double.IsFinite(v):
                json.WriteNumber(name, v);
                return;
            case { } v:
                json.WriteString(name, double.IsNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
                return;
        }
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>An absolute path becomes a <c>file:</c> URI; a relative one a relative reference with forward slashes.</summary>
    internal static string ToUri(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        var segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    /// <summary>SARIF rule names are PascalCase identifiers: <c>Selection rate differs</c> becomes <c>SelectionRateDiffers</c>.</summary>
    internal static string PascalCase(string title)
    {
        var name = new StringBuilder(title.Length);
        var upper = true;
        foreach (var ch in title)
        {
            if (char.IsLetterOrDigit(ch))
            {
                name.Append(upper ? char.ToUpperInvariant(ch) : ch);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return name.ToString();
    }

    /// <summary>The base folder file locations are written relative to.</summary>
    private sealed class ArtifactBase
    {
        private readonly string directory;

        public ArtifactBase(string directory, bool fromManifest)
        {
            this.directory = directory;
            FromManifest = fromManifest;

            // SARIF: the base's own URI must be absolute and end with a slash; a relative folder (hand-built reports) has none.
            if (Path.IsPathFullyQualified(directory))
            {
                var uri = new Uri(Path.TrimEndingDirectorySeparator(directory) + Path.DirectorySeparatorChar).AbsoluteUri;
                Uri = uri.EndsWith('/') ? uri : uri + "/";
            }
        }

        public bool FromManifest { get; }

        public string? Uri { get; }

        public void WriteLocation(Utf8JsonWriter json, string path)
        {
            json.WriteStartObject("artifactLocation");
            if (Relative(path) is { } relative)
            {
                json.WriteString("uri", ToUri(relative));
                json.WriteString("uriBaseId", BaseId);
            }
            else
            {
                json.WriteString("uri", ToUri(path));
            }

            json.WriteEndObject();
        }

        // The path relative to the base, or null when it lies outside (or one is absolute and the other not).
        private string? Relative(string path)
        {
            if (!FromManifest && !Path.IsPathFullyQualified(path))
            {
                // A relative path was read from the working directory, which is the base itself.
                return path.Replace('\\', '/').StartsWith("../", StringComparison.Ordinal) || path == ".." ? null : path;
            }

            if (Path.IsPathFullyQualified(path) != Path.IsPathFullyQualified(directory))
            {
                return null;
            }

            var relative = Path.GetRelativePath(directory.Length == 0 ? "." : directory, path);
            return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathFullyQualified(relative) ? null : relative;
        }
    }
}
