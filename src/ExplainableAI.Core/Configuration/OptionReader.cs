using System.Globalization;
using ExplainableAI.Sdk;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExplainableAI.Core;

/// <summary>
/// Reads option values for the kind their rule declares. A manifest is read before plugins are loaded, so its values
/// are kept as written (with their positions) and typed here once the declaring rule is known; the error then points at
/// the manifest's line and column: <c>manifest.yaml:14:22: option XAI2007.min_group_size expects a whole number, got 'forty'</c>.
/// </summary>
internal static class OptionReader
{
    private static readonly string[] CohortOptions = ["numeric_bin_edges", "max_numeric_levels"];

    /// <summary>
    /// A manifest value as written, typed by its YAML form alone (<c>true</c>, <c>10</c>, <c>0.1</c>, a text, a list) until
    /// the rule is known, and remembering where it was written.
    /// </summary>
    /// <exception cref="InvalidAuditInputException">The value is a section, or a list holds a list or a section.</exception>
    public static RuleOptionValue Written(string file, string field, YamlNode node)
    {
        var source = Source(file, field, node, nested: false);
        var value = source.Items is { } items
            ? items.All(i => Infer(i.Text!) is { Kind: RuleOptionKind.Number or RuleOptionKind.Integer })
                ? RuleOptionValue.NumberList(items.Select(i => Infer(i.Text!).AsNumber()))
                : RuleOptionValue.TextList(items.Select(i => i.Text!))
            : node is YamlScalarNode { Style: not ScalarStyle.Plain } ? RuleOptionValue.Text(source.Text!) : Infer(source.Text!);
        return value.WithSource(source);
    }

    /// <summary>The value <paramref name="option"/> takes for <paramref name="value"/>.</summary>
    /// <exception cref="InvalidAuditInputException">The value does not fit the option's kind, limits or allowed texts.</exception>
    public static RuleOptionValue Read(RuleDescriptor rule, RuleOption option, RuleOptionValue value)
    {
        if (value.Source is not { } source)
        {
            return option.Accept(value) ?? throw Mismatch(rule, option, value.ToString(), null);
        }

        var isList = option.Kind is RuleOptionKind.NumberList or RuleOptionKind.TextList;
        if (source.Items is not { } items)
        {
            var scalar = isList ? null : Parse(option.Kind, source.Text!);
            return (scalar is null ? null : option.Accept(scalar)) ?? throw Mismatch(rule, option, source.Text!, source);
        }

        if (!isList)
        {
            throw Mismatch(rule, option, "[" + string.Join(", ", items.Select(i => i.Text)) + "]", source);
        }

        // Item by item, so the error points at the item that does not fit.
        var itemKind = option.Kind == RuleOptionKind.NumberList ? RuleOptionKind.Number : RuleOptionKind.Text;
        var parsed = new List<RuleOptionValue>();
        foreach (var item in items)
        {
            var one = Parse(itemKind, item.Text!);
            var fits = one is not null && (itemKind == RuleOptionKind.Number ? option.AllowsNumber(one.AsNumber()) : option.AllowsText(one.AsText()));
            parsed.Add(fits ? one! : throw Mismatch(rule, option, item.Text!, item));
        }

        return itemKind == RuleOptionKind.Number
            ? RuleOptionValue.NumberList(parsed.Select(p => p.AsNumber()))
            : RuleOptionValue.TextList(parsed.Select(p => p.AsText()));
    }

    /// <summary>The error for an option the rule does not declare: a typo must not silently leave the default in force.</summary>
    public static InvalidAuditInputException Unknown(RuleDescriptor rule, string name, RuleOptionValue value)
    {
        var declared = rule.Options.Count == 0 ? "it has no options" : "its options are " + string.Join(", ", rule.Options.Select(o => o.Name));
        if (CohortOptions.Contains(name, StringComparer.Ordinal))
        {
            // Grouping options of the fairness check before cohorts were defined once for every check.
            return At($"rule {rule.Id} has no option '{name}': groups are defined once for every check; declare the band edges of a numeric attribute in data.sensitive_attributes, e.g. [sex, {{name: age, bands: [40, 65]}}]", value.Source);
        }

        return At($"rule {rule.Id} has no option '{name}'; {declared}", value.Source);
    }

    private static InvalidAuditInputException Mismatch(RuleDescriptor rule, RuleOption option, string got, OptionSource? source) =>
        At($"option {rule.Id}.{option.Name} expects {option.Expected}, got '{got}'", source);

    private static InvalidAuditInputException At(string problem, OptionSource? source) =>
        source is null ? new InvalidAuditInputException(problem) : new InvalidAuditInputException(problem, source.File, source.Line, source.Column);

    private static RuleOptionValue? Parse(RuleOptionKind kind, string text) => kind switch
    {
        RuleOptionKind.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? RuleOptionValue.Number(number) : null,
        RuleOptionKind.Integer => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            ? RuleOptionValue.Integer(integer) : null,
        RuleOptionKind.Boolean => Boolean(text) is { } flag ? RuleOptionValue.Boolean(flag) : null,
        RuleOptionKind.Text => RuleOptionValue.Text(text),
        _ => null,
    };

    // YAML 1.2 core schema booleans.
    private static bool? Boolean(string text) => text switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ => null,
    };

    private static RuleOptionValue Infer(string text) =>
        Parse(RuleOptionKind.Boolean, text) ?? Parse(RuleOptionKind.Integer, text) ?? Parse(RuleOptionKind.Number, text) ?? RuleOptionValue.Text(text);

    private static OptionSource Source(string file, string field, YamlNode node, bool nested)
    {
        var line = (int)node.Start.Line;
        var column = (int)node.Start.Column;
        return node switch
        {
            YamlScalarNode scalar => new OptionSource(file, line, column, scalar.Value ?? string.Empty, null),
            YamlSequenceNode sequence when !nested => new OptionSource(file, line, column, null, sequence.Children.Select(item => Source(file, field, item, nested: true)).ToList()),
            _ => throw new InvalidAuditInputException(
                nested ? "expected a list of single values such as [40, 65], got a nested list or section" : "expected a value or a list such as [40, 65], got a section",
                file,
                line,
                column,
                field),
        };
    }
}
