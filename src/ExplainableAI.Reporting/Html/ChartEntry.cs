using ExplainableAI.Sdk;
using Scriban.Runtime;

namespace ExplainableAI.Reporting.Html;

/// <summary>
/// A chart as templates see it: its escaped title as a member, and the spec kept in a C# field the template cannot read,
/// so only the <c>chart</c> function (which escapes everything) can turn it into markup.
/// </summary>
internal sealed class ChartEntry : ScriptObject
{
    /// <summary>Creates the entry.</summary>
    /// <param name="spec">The chart.</param>
    /// <param name="id">A document-unique ID for the SVG's accessible title.</param>
    public ChartEntry(ChartSpec spec, string id)
    {
        Spec = spec;
        Id = id;
        this["title"] = HtmlText.EscapeText(spec.Title);
        this["kind"] = spec.Kind.ToString().ToLowerInvariant();
    }

    /// <summary>The chart.</summary>
    public ChartSpec Spec { get; }

    /// <summary>The document-unique ID.</summary>
    public string Id { get; }
}
