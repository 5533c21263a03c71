using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Cohorts;

namespace ExplainableAI.Core;

// The one file that says how descriptors, option values, registration, evidence and message arguments cross between the
// host and a plugin process: a change to RuleDescriptor, RuleOption or option values is made here, on both sides at once.

/// <summary>One message between the host and a plugin process: a JSON header; bulk numbers travel beside it as a binary payload.</summary>
/// <param name="Type">What the message is: loaded, run, report, measure, skip, progress, predictions, predict, reply, done, failed.</param>
internal sealed record WireMessage(string Type)
{
    /// <summary>Pairs a request (predictions, predict) with its reply.</summary>
    public long Id { get; init; }

    public WirePlugin? Loaded { get; init; }

    public WireRun? Run { get; init; }

    public string? Rule { get; init; }

    public FindingLocation? Location { get; init; }

    public Evidence? Evidence { get; init; }

    public IReadOnlyList<WireArgument>? Arguments { get; init; }

    public WireMeasurement? Measurement { get; init; }

    /// <summary>A skip reason, or a failure's message.</summary>
    public string? Text { get; init; }

    /// <summary>A failure's exception type (full name).</summary>
    public string? ErrorType { get; init; }

    /// <summary>A failure's frames in the plugin's own code (see <see cref="PluginStackTrace"/>), read in the plugin process.</summary>
    public string? StackTrace { get; init; }

    public double Fraction { get; init; }

    /// <summary>An option's value, in reply to an "option" request for a rule of another check.</summary>
    public WireOptionValue? Value { get; init; }

    /// <summary>The rule of an "option" request.</summary>
    public WireRule? RuleData { get; init; }

    public WirePredictions? Predictions { get; init; }

    /// <summary>The level lists of a feature matrix sent to be predicted.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Levels { get; init; }
}

/// <summary>What a plugin process loaded: the record the host reports, its checks and its catalogs' raw text.</summary>
internal sealed record WirePlugin(PluginRecord Record, IReadOnlyList<WireCheck> Checks, IReadOnlyList<WireCatalog> Catalogs, bool HasAdapters);

internal sealed record WireCheck(string Name, CheckInputs RequiredInputs, IReadOnlyList<WireRule> Rules);

internal sealed record WireCatalog(string Language, string Source, string Json);

/// <summary>A rule descriptor as data; rebuilt on the host side with the SDK's own constructor (and its validation).</summary>
internal sealed record WireRule(
    string Id,
    string Title,
    string MessageFormat,
    CheckFamily Family,
    Severity DefaultSeverity,
    string Description,
    IReadOnlyList<string> Requirements,
    IReadOnlyList<WireOption> Options)
{
    public static WireRule From(RuleDescriptor rule) => new(
        rule.Id, rule.Title, rule.MessageFormat, rule.Family, rule.DefaultSeverity, rule.Description, rule.Requirements,
        [.. rule.Options.Select(WireOption.From)]);

    public RuleDescriptor ToDescriptor() => new(
        Id, Title, MessageFormat, Family, DefaultSeverity, Description, Requirements,
        [.. Options.Select(o => o.ToOption())]);
}

/// <summary>An option declaration as data; rebuilt with the SDK's factory of its kind, which checks default and limits again.</summary>
internal sealed record WireOption(string Name, string Description, WireOptionValue Default, double? Minimum, double? Maximum, IReadOnlyList<string>? AllowedValues)
{
    public static WireOption From(RuleOption option) =>
        new(option.Name, option.Description, WireOptionValue.From(option.Default), option.Minimum, option.Maximum, option.AllowedValues);

    public RuleOption ToOption() => Default.Kind switch
    {
        RuleOptionKind.Number => RuleOption.Number(Name, Default.Number, Description, Minimum, Maximum),
        RuleOptionKind.Integer => RuleOption.Integer(Name, checked((int)Default.Number), Description, ToInt(Minimum), ToInt(Maximum)),
        RuleOptionKind.Boolean => RuleOption.Boolean(Name, Default.Number != 0, Description),
        RuleOptionKind.Text => RuleOption.Text(Name, Default.Text ?? string.Empty, Description, AllowedValues),
        RuleOptionKind.NumberList => RuleOption.NumberList(Name, Default.Numbers ?? [], Description, Minimum, Maximum),
        RuleOptionKind.TextList => RuleOption.TextList(Name, Default.Texts ?? [], Description, AllowedValues),
        _ => throw new InvalidDataException($"option '{Name}' arrived with an unknown kind {Default.Kind}"),
    };

    private static int? ToInt(double? value) => value is { } v ? checked((int)v) : null;
}

/// <summary>An option value of any kind as data (<see cref="RuleOptionValue"/> keeps its parts private).</summary>
internal sealed record WireOptionValue(RuleOptionKind Kind, double Number, string? Text, IReadOnlyList<double>? Numbers, IReadOnlyList<string>? Texts)
{
    public static WireOptionValue From(RuleOptionValue value) => value.Kind switch
    {
        RuleOptionKind.Number or RuleOptionKind.Integer => new(value.Kind, value.AsNumber(), null, null, null),
        RuleOptionKind.Boolean => new(value.Kind, value.AsBoolean() ? 1 : 0, null, null, null),
        RuleOptionKind.Text => new(value.Kind, 0, value.AsText(), null, null),
        RuleOptionKind.NumberList => new(value.Kind, 0, null, value.AsNumbers(), null),
        _ => new(value.Kind, 0, null, null, value.AsTexts()),
    };

    public RuleOptionValue ToValue() => Kind switch
    {
        RuleOptionKind.Number => RuleOptionValue.Number(Number),
        RuleOptionKind.Integer => RuleOptionValue.Integer(checked((int)Number)),
        RuleOptionKind.Boolean => RuleOptionValue.Boolean(Number != 0),
        RuleOptionKind.Text => RuleOptionValue.Text(Text ?? string.Empty),
        RuleOptionKind.NumberList => RuleOptionValue.NumberList(Numbers ?? []),
        RuleOptionKind.TextList => RuleOptionValue.TextList(Texts ?? []),
        _ => throw new InvalidDataException($"an option value arrived with an unknown kind {Kind}"),
    };
}

/// <summary>
/// One check run: everything the plugin process's context answers without asking the host. Options hold the configured
/// (or default) value of every option of the check's rules, by rule ID and option name.
/// </summary>
internal sealed record WireRun(
    string Check,
    int Seed,
    RegistrationInfo Registration,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, WireOptionValue>> Options,
    WireDataset Evaluation,
    WireDataset? Reference,
    WireModel? Model)
{
    /// <summary>The audit's cohorts, as the host built them (a check in a plugin process sees the groups an in-process check sees).</summary>
    public CohortSet Cohorts { get; init; } = CohortSet.Empty;

    /// <summary>Every option value of the rules, read through the host's context so configuration rules stay in one place.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, WireOptionValue>> OptionValues(IEnumerable<RuleDescriptor> rules, CheckContext context) =>
        rules.ToDictionary(
            r => r.Id,
            r => (IReadOnlyDictionary<string, WireOptionValue>)r.Options.ToDictionary(o => o.Name, o => WireOptionValue.From(context.OptionValue(r, o.Name)), StringComparer.Ordinal),
            StringComparer.Ordinal);

    /// <summary>An option's value of one of the check's own rules, or <see langword="null"/> to ask the host (another check's rule, an undeclared option).</summary>
    public RuleOptionValue? OptionValue(RuleDescriptor rule, string name) =>
        Options.TryGetValue(rule.Id, out var values) && values.TryGetValue(name, out var value) ? value.ToValue() : null;
}

/// <summary>A dataset in a column file (see <see cref="ColumnFile"/>).</summary>
internal sealed record WireDataset(string Name, string? Path, string? Sha256, int RowCount, string File, IReadOnlyList<WireColumn> Columns);

/// <summary>One column: its values are <c>RowCount</c> doubles at <paramref name="Offset"/> bytes into the column file.</summary>
internal sealed record WireColumn(string Name, ColumnKind Kind, IReadOnlyList<string> Levels, long Offset);

internal sealed record WireModel(string Format, ModelTask Task, IReadOnlyList<ModelFeature> Features, IReadOnlyList<string> Classes, bool HasMargin);

/// <summary>The shape of predictions whose values (then margins) are the message's payload.</summary>
internal sealed record WirePredictions(ModelTask Task, int RowCount, IReadOnlyList<string> OutputNames, bool HasMargins);

internal sealed record WireMeasurement(string Name, double Value, string? Subject, double? Lower, double? Upper);

/// <summary>
/// A message argument with its type kept, so <c>{1:P1}</c> formats the same number on the host as it would have in
/// process. Strings, the built-in numbers and booleans travel as themselves; any other value as its invariant text.
/// </summary>
internal sealed record WireArgument(char Kind, string? Value)
{
    public static WireArgument From(object? value) => value switch
    {
        null => new('n', null),
        string s => new('s', s),
        double d => new('d', d.ToString("R", CultureInfo.InvariantCulture)),
        float f => new('f', f.ToString("R", CultureInfo.InvariantCulture)),
        int i => new('i', i.ToString(CultureInfo.InvariantCulture)),
        long l => new('l', l.ToString(CultureInfo.InvariantCulture)),
        decimal m => new('m', m.ToString(CultureInfo.InvariantCulture)),
        bool b => new('b', b ? "1" : "0"),
        IFormattable other => new('s', other.ToString(null, CultureInfo.InvariantCulture)),
        _ => new('s', value.ToString()),
    };

    public object? ToValue() => Kind switch
    {
        'n' => null,
        'd' => double.Parse(Value!, CultureInfo.InvariantCulture),
        'f' => float.Parse(Value!, CultureInfo.InvariantCulture),
        'i' => int.Parse(Value!, CultureInfo.InvariantCulture),
        'l' => long.Parse(Value!, CultureInfo.InvariantCulture),
        'm' => decimal.Parse(Value!, CultureInfo.InvariantCulture),
        'b' => Value == "1",
        _ => Value,
    };
}

/// <summary>The JSON settings both sides use.</summary>
internal static class WireJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // NaN marks a missing value and may sit in any measurement or chart.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
