using System.Text.Json;
using System.Text.Json.Serialization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Html;

/// <summary>
/// Remembers every table and chart a render has shown, by content, so one the checks attached to several findings is
/// printed once and the later places point at it.
/// </summary>
internal sealed class EvidenceDeduplicator
{
    private static readonly JsonSerializerOptions KeyOptions = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };
    private readonly Dictionary<string, string> shown = new(StringComparer.Ordinal);

    /// <summary>Registers a table or chart; returns the anchor of the place it was first shown, or null if it is new.</summary>
    /// <param name="evidence">The table or chart.</param>
    /// <param name="anchor">Where it is shown now, if new.</param>
    /// <returns>The earlier anchor, or <see langword="null"/>.</returns>
    public string? ShownBefore(object evidence, string anchor)
    {
        var key = evidence switch
        {
            EvidenceTable table => "t" + JsonSerializer.Serialize(table, KeyOptions),
            ChartSpec chart => "c" + JsonSerializer.Serialize(chart, KeyOptions),
            _ => throw new ArgumentException("expected a table or a chart", nameof(evidence)),
        };
        if (shown.TryGetValue(key, out var earlier))
        {
            return earlier;
        }

        shown[key] = anchor;
        return null;
    }
}
