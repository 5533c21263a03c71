using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExplainableAI.Core;
using ExplainableAI.Reporting.Json;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting;

/// <summary>
/// The SHA-256 of an audit's configuration, recorded in <c>report.json</c> beside the model and data hashes. With a
/// registration manifest it is the hash of the manifest file's bytes (<c>sha256sum manifest.yaml</c> gives the same);
/// without one it is the hash of the configuration's canonical serialization (<see cref="CanonicalJson"/>).
/// </summary>
public static class ConfigurationDigest
{
    /// <summary>The <see cref="ConfigurationRecord.Sha256Source"/> of a manifest file's hash.</summary>
    public const string ManifestSource = "manifest";

    /// <summary>The <see cref="ConfigurationRecord.Sha256Source"/> of a canonical serialization's hash.</summary>
    public const string CanonicalSource = "canonical";

    private static readonly JsonSerializerOptions Compact = new(ReportJsonOptions.Instance) { WriteIndented = false };

    /// <summary>
    /// The canonical serialization: the <c>configuration</c> object exactly as <c>report.json</c> writes it, without
    /// <c>sha256</c> and <c>sha256Source</c>, with no whitespace, in UTF-8 without a byte-order mark.
    /// </summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The JSON text.</returns>
    public static string CanonicalJson(ConfigurationRecord configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var node = JsonSerializer.SerializeToNode(configuration with { Sha256 = null, Sha256Source = null }, Compact)!.AsObject();
        node.Remove("sha256");
        node.Remove("sha256Source");
        return node.ToJsonString(Compact);
    }

    /// <summary>The configuration with its hash recorded.</summary>
    /// <param name="configuration">The configuration the audit used.</param>
    /// <param name="manifestPath">The manifest file the audit read, or <see langword="null"/> for an audit run from flags.</param>
    /// <returns>The configuration with <see cref="ConfigurationRecord.Sha256"/> and <see cref="ConfigurationRecord.Sha256Source"/> set.</returns>
    /// <exception cref="InvalidAuditInputException">The manifest can no longer be read.</exception>
    public static ConfigurationRecord Stamp(ConfigurationRecord configuration, string? manifestPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (manifestPath is null)
        {
            return configuration with { Sha256 = Sha256Hex.Of(Encoding.UTF8.GetBytes(CanonicalJson(configuration))), Sha256Source = CanonicalSource };
        }

        try
        {
            return configuration with { Sha256 = Sha256Hex.Of(InputFile.ReadAllBytes(manifestPath, "manifest", YamlLimits.Default.MaxBytes)), Sha256Source = ManifestSource };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidAuditInputException($"cannot read the manifest to hash it: {ex.Message}", file: manifestPath, innerException: ex);
        }
    }
}
