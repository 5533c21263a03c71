using System.Globalization;
using ExplainableAI.Sdk;
using YamlDotNet.RepresentationModel;

namespace ExplainableAI.Core;

/// <summary>A mapping node of the manifest with its dotted path, so every error can name the field and its position.</summary>
internal sealed class YamlSection(string file, string path, YamlMappingNode node)
{
    public void AllowOnly(params string[] keys)
    {
        foreach (var (key, _) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!keys.Contains(name, StringComparer.Ordinal))
            {
                throw ErrorAt(key, Join(name), $"one of the fields {string.Join(", ", keys)}", null, unknown: true);
            }
        }
    }

    public IEnumerable<string> Keys() => node.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? string.Empty);

    /// <summary>The fields as nodes, each with its dotted path, for values whose form is read later (rule options).</summary>
    public IEnumerable<(string Key, string Field, YamlNode Value)> Nodes() =>
        node.Children.Select(p => ((p.Key as YamlScalarNode)?.Value ?? string.Empty, p.Value)).Select(p => (p.Item1, Join(p.Item1), p.Value));

    /// <summary>The manifest file, for errors raised once the field's meaning is known.</summary>
    public string File => file;

    public IEnumerable<(string Key, string Value)> Scalars()
    {
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (value is not YamlScalarNode { Value: { } text })
            {
                throw ErrorAt(value, Join(name), "a single value", null);
            }

            yield return (name, text);
        }
    }

    public YamlSection RequiredSection(string key) =>
        OptionalSection(key) ?? throw ErrorAt(node, Join(key), "a section", null, missing: true);

    public YamlSection? OptionalSection(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => null,
            YamlScalarNode scalar when IsNull(scalar) => null,
            YamlMappingNode mapping => new YamlSection(file, Join(key), mapping),
            _ => throw ErrorAt(value, Join(key), "a section of fields", Describe(value)),
        };
    }

    public IEnumerable<YamlSection> OptionalSectionList(string key)
    {
        var value = Find(key);
        if (value is null || (value is YamlScalarNode scalar && IsNull(scalar)))
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            throw ErrorAt(value, Join(key), "a list", Describe(value));
        }

        return sequence.Children.Select((item, i) => item is YamlMappingNode mapping
            ? new YamlSection(file, $"{Join(key)}[{i}]", mapping)
            : throw ErrorAt(item, $"{Join(key)}[{i}]", "a section of fields", Describe(item)));
    }

    public string RequiredString(string key)
    {
        var text = OptionalString(key);
        return string.IsNullOrWhiteSpace(text) ? throw ErrorAt(Find(key) ?? node, Join(key), "a non-empty value", text, missing: Find(key) is null) : text;
    }

    public string? OptionalString(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => null,
            YamlScalarNode scalar when IsNull(scalar) => null,
            YamlScalarNode scalar => scalar.Value,
            _ => throw ErrorAt(value, Join(key), "a single value", Describe(value)),
        };
    }

    public double? OptionalDouble(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : throw ErrorAt(Find(key)!, Join(key), "a number", text);
    }

    public int? OptionalInt(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw ErrorAt(Find(key)!, Join(key), "a whole number", text);
    }

    public IReadOnlyList<string> OptionalStringList(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => [],
            YamlScalarNode scalar when IsNull(scalar) => [],
            YamlSequenceNode sequence => sequence.Children.Select(item => item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text)
                ? text
                : throw ErrorAt(item, Join(key), "a list of names", Describe(item))).ToList(),
            _ => throw ErrorAt(value, Join(key), "a list such as [a, b]", Describe(value)),
        };
    }

    public InvalidAuditInputException Error(string key, string expected, string? got) =>
        ErrorAt(Find(key) ?? node, Join(key), expected, got);

    /// <summary>The value of a field as written, for values of more than one form (a name or a section).</summary>
    public YamlNode? Node(string key) => Find(key);

    /// <summary>The dotted path of a field.</summary>
    public string Field(string key) => Join(key);

    /// <summary>An error at a node inside this section, such as an item of a list.</summary>
    public InvalidAuditInputException ErrorAt(YamlNode at, string field, string expected, string? got) =>
        ErrorAt(at, field, expected, got, missing: false, unknown: false);

    private YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private InvalidAuditInputException ErrorAt(YamlNode at, string field, string expected, string? got, bool missing = false, bool unknown = false)
    {
        var problem = unknown ? $"unknown field; expected {expected}"
            : missing ? $"missing; expected {expected}"
            : got is null ? $"expected {expected}" : $"expected {expected}, got '{got}'";
        return new InvalidAuditInputException(problem, file, (int)at.Start.Line, (int)at.Start.Column, field);
    }

    private string Join(string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? string.Empty,
        YamlSequenceNode => "a list",
        _ => "a section",
    };
}
