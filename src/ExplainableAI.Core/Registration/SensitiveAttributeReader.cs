using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ExplainableAI.Core;

/// <summary>
/// Reads <c>data.sensitive_attributes</c>: each item is a column name (<c>sex</c>) or a section naming the column and the
/// band edges of a numeric attribute (<c>{name: age, bands: [40, 65]}</c>), so the cohorts of every check are declared
/// once, beside the attribute.
/// </summary>
internal static class SensitiveAttributeReader
{
    private const string Key = "sensitive_attributes";

    /// <summary>The attributes in manifest order and the bands declared for some of them.</summary>
    /// <exception cref="Sdk.InvalidAuditInputException">An item, a name or an edge is not of the expected form, an attribute is listed twice, or the edges do not ascend.</exception>
    public static (IReadOnlyList<string> Names, IReadOnlyDictionary<string, IReadOnlyList<double>> Bands) Read(YamlSection data)
    {
        var names = new List<string>();
        var bands = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        var node = data.Node(Key);
        if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return (names, bands);
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw data.ErrorAt(node, data.Field(Key), "a list such as [sex, {name: age, bands: [40, 65]}]", node is YamlScalarNode s ? s.Value : "a section");
        }

        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            var field = $"{data.Field(Key)}[{i}]";
            string name;
            switch (item)
            {
                case YamlScalarNode { Value: { } text } when !string.IsNullOrWhiteSpace(text):
                    name = text;
                    break;
                case YamlMappingNode mapping:
                    var section = new YamlSection(data.File, field, mapping);
                    section.AllowOnly("name", "bands");
                    name = section.RequiredString("name");
                    bands[name] = Edges(section);
                    break;
                default:
                    throw data.ErrorAt(item, field, "a column name or a section {name: ..., bands: [...]}", item is YamlScalarNode s ? s.Value : "a list");
            }

            if (names.Contains(name, StringComparer.Ordinal))
            {
                throw data.ErrorAt(item, field, "each attribute once", name);
            }

            names.Add(name);
        }

        return (names, bands);
    }

    private static double[] Edges(YamlSection section)
    {
        var node = section.Node("bands");
        if (node is null)
        {
            throw section.Error("bands", "the band edges of the attribute, such as [40, 65]", null);
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw section.ErrorAt(node, section.Field("bands"), "a list of numbers such as [40, 65]", node is YamlScalarNode s ? s.Value : "a section");
        }

        var edges = new double[sequence.Children.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            var item = sequence.Children[i];
            var field = $"{section.Field("bands")}[{i}]";
            if (item is not YamlScalarNode { Value: { } text }
                || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var edge)
                || !double.IsFinite(edge))
            {
                throw section.ErrorAt(item, field, "a number", item is YamlScalarNode s ? s.Value : "a list or section");
            }

            // Edges in increasing order, each once: a band [e, e) would be empty and its name would say nothing.
            if (i > 0 && edge <= edges[i - 1])
            {
                throw section.ErrorAt(item, field, $"a number above the edge before it ({edges[i - 1].ToString("R", CultureInfo.InvariantCulture)}); list the edges in increasing order", text);
            }

            edges[i] = edge;
        }

        return edges;
    }
}
