using System.Globalization;

namespace ExplainableAI.Sdk;

/// <summary>
/// A threshold or setting of a rule, of one <see cref="RuleOptionKind"/>, with the default used when the configuration
/// does not set it. Users set it in the manifest under <c>checks.options.&lt;RuleId&gt;.&lt;Name&gt;</c>; the host
/// checks the value against the kind and limits declared here, and points at the manifest's line when it does not fit.
/// Make a number with the constructor or <see cref="Number"/>, other kinds with <see cref="Integer"/>,
/// <see cref="Boolean"/>, <see cref="Text"/>, <see cref="NumberList"/> and <see cref="TextList"/>.
/// </summary>
public sealed record RuleOption
{
    private readonly RuleOptionValue defaultValue;

    /// <summary>Creates a number option (<see cref="RuleOptionKind.Number"/>) without limits.</summary>
    /// <param name="Name">The option's name, in <c>snake_case</c>, unique within its rule.</param>
    /// <param name="DefaultValue">The value used when the configuration does not set one.</param>
    /// <param name="Description">What the option controls, shown in <c>xai checks</c> and the report.</param>
    public RuleOption(string Name, double DefaultValue, string Description)
        : this(Name, RuleOptionValue.Number(DefaultValue), Description, null, null, null)
    {
    }

    private RuleOption(string name, RuleOptionValue defaultValue, string description, double? minimum, double? maximum, IReadOnlyList<string>? allowedValues)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (minimum is { } lo && maximum is { } hi && lo > hi)
        {
            throw new ArgumentException($"Option '{name}' has a minimum ({lo}) above its maximum ({hi}).", nameof(minimum));
        }

        if (allowedValues is { Count: 0 })
        {
            throw new ArgumentException($"Option '{name}' allows no value; leave allowedValues null to allow any text.", nameof(allowedValues));
        }

        Name = name;
        Description = description ?? string.Empty;
        Minimum = minimum;
        Maximum = maximum;
        AllowedValues = allowedValues is null ? null : Array.AsReadOnly(allowedValues.ToArray());
        this.defaultValue = defaultValue;
        if (Accept(defaultValue) is null)
        {
            throw new ArgumentException($"Option '{name}' has the default {defaultValue}, but expects {Expected}.", nameof(defaultValue));
        }
    }

    /// <summary>The option's name, in <c>snake_case</c>, unique within its rule.</summary>
    public string Name { get; init; }

    /// <summary>What the option controls, with its default ("Default 0.1."), shown in <c>xai checks</c> and the report.</summary>
    public string Description { get; init; }

    /// <summary>The kind of value the option takes.</summary>
    public RuleOptionKind Kind => defaultValue.Kind;

    /// <summary>The value used when the configuration does not set one, of <see cref="Kind"/>.</summary>
    public RuleOptionValue Default => defaultValue;

    /// <summary>
    /// The default of a <see cref="RuleOptionKind.Number"/> or <see cref="RuleOptionKind.Integer"/> option; NaN for
    /// other kinds, whose default is <see cref="Default"/>.
    /// </summary>
    public double DefaultValue
    {
        get => Kind is RuleOptionKind.Number or RuleOptionKind.Integer ? defaultValue.AsNumber() : double.NaN;
        init => defaultValue = Kind == RuleOptionKind.Number
            ? RuleOptionValue.Number(value)
            : throw new InvalidOperationException($"Option '{Name}' is {KindWords(Kind)}: make a new option with its factory to change its default.");
    }

    /// <summary>The smallest value allowed (of a number, a whole number, or each number of a list), if limited.</summary>
    public double? Minimum { get; }

    /// <summary>The largest value allowed (of a number, a whole number, or each number of a list), if limited.</summary>
    public double? Maximum { get; }

    /// <summary>The texts allowed (of a text, or each text of a list), or <see langword="null"/> for any text.</summary>
    public IReadOnlyList<string>? AllowedValues { get; }

    /// <summary>What the option expects, as error messages and <c>xai checks</c> say it: "a number from 0 to 1", "true or false", "one of auto, ks".</summary>
    public string Expected => Kind switch
    {
        RuleOptionKind.Text or RuleOptionKind.TextList when AllowedValues is { } allowed =>
            (Kind == RuleOptionKind.TextList ? "a list of texts, each one of " : "one of ") + string.Join(", ", allowed),
        _ => KindWords(Kind) + Limits(),
    };

    /// <summary>A number option.</summary>
    /// <param name="name">The option's name, in <c>snake_case</c>.</param>
    /// <param name="defaultValue">The default, within the limits.</param>
    /// <param name="description">What the option controls, with its default ("Default 0.1.").</param>
    /// <param name="minimum">The smallest value allowed, if any.</param>
    /// <param name="maximum">The largest value allowed, if any.</param>
    /// <returns>The option.</returns>
    /// <exception cref="ArgumentException">The default is outside the limits, or the limits are crossed.</exception>
    public static RuleOption Number(string name, double defaultValue, string description, double? minimum = null, double? maximum = null) =>
        new(name, RuleOptionValue.Number(defaultValue), description, minimum, maximum, null);

    /// <summary>A whole-number option, for counts and sizes.</summary>
    /// <param name="name">The option's name, in <c>snake_case</c>.</param>
    /// <param name="defaultValue">The default, within the limits.</param>
    /// <param name="description">What the option controls, with its default ("Default 200.").</param>
    /// <param name="minimum">The smallest value allowed, if any.</param>
    /// <param name="maximum">The largest value allowed, if any.</param>
    /// <returns>The option.</returns>
    /// <exception cref="ArgumentException">The default is outside the limits, or the limits are crossed.</exception>
    public static RuleOption Integer(string name, int defaultValue, string description, int? minimum = null, int? maximum = null) =>
        new(name, RuleOptionValue.Integer(defaultValue), description, minimum, maximum, null);

    /// <summary>A switch, set with <c>true</c> or <c>false</c>.</summary>
    /// <param name="name">The option's name, in <c>snake_case</c>.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="description">What the option controls, with its default ("Default true.").</param>
    /// <returns>The option.</returns>
    public static RuleOption Boolean(string name, bool defaultValue, string description) =>
        new(name, RuleOptionValue.Boolean(defaultValue), description, null, null, null);

    /// <summary>A text option, such as the name of a method.</summary>
    /// <param name="name">The option's name, in <c>snake_case</c>.</param>
    /// <param name="defaultValue">The default, one of <paramref name="allowedValues"/> when they are given.</param>
    /// <param name="description">What the option controls, with its default ("Default auto.").</param>
    /// <param name="allowedValues">The texts allowed (compared exactly), or <see langword="null"/> for any text.</param>
    /// <returns>The option.</returns>
    /// <exception cref="ArgumentException">The default is not allowed, or no value is.</exception>
    public static RuleOption Text(string name, string defaultValue, string description, IReadOnlyList<string>? allowedValues = null) =>
        new(name, RuleOptionValue.Text(defaultValue), description, null, null, allowedValues);

    /// <summary>A list-of-numbers option, such as bin edges.</summary>
    /// <param name="name">The option's name, in <c>snake_case</c>.</param>
    /// <param name="defaultValue">The default list (may be empty), each number within the limits.</param>
    /// <param name="description">What the option controls, with its default ("Default [40, 65].").</param>
    /// <param name="minimum">The smallest number allowed in the list, if any.</param>
    /// <param name="maximum">The largest number allowed in the list, if any.</param>
    /// <returns>The option.</returns>
    /// <exception cref="ArgumentException">A default number is outside the limits, or the limits are crossed.</exception>
    public static RuleOption NumberList(string name, IReadOnlyList<double> defaultValue, string description, double? minimum = null, double? maximum = null) =>
        new(name, RuleOptionValue.NumberList(defaultValue), description, minimum, maximum, null);

    /// <summary>A list-of-texts option, such as column names.</summary>
    /// <param name="name">The option's name, in <c>snake_case</c>.</param>
    /// <param name="defaultValue">The default list (may be empty).</param>
    /// <param name="description">What the option controls, with its default ("Default [].").</param>
    /// <param name="allowedValues">The texts allowed in the list (compared exactly), or <see langword="null"/> for any text.</param>
    /// <returns>The option.</returns>
    /// <exception cref="ArgumentException">A default text is not allowed, or no value is.</exception>
    public static RuleOption TextList(string name, IReadOnlyList<string> defaultValue, string description, IReadOnlyList<string>? allowedValues = null) =>
        new(name, RuleOptionValue.TextList(defaultValue), description, null, null, allowedValues);

    /// <summary>Deconstructs a number option, as the positional record of earlier versions did.</summary>
    /// <param name="Name">The name.</param>
    /// <param name="DefaultValue">The default (<see cref="DefaultValue"/>).</param>
    /// <param name="Description">The description.</param>
    public void Deconstruct(out string Name, out double DefaultValue, out string Description)
    {
        Name = this.Name;
        DefaultValue = this.DefaultValue;
        Description = this.Description;
    }

    /// <summary>
    /// The value this option takes for <paramref name="value"/>, or <see langword="null"/> when it does not fit: a
    /// whole number is also a number, a whole number as a number is an integer, an empty list is either kind of list,
    /// and limits and allowed texts must hold.
    /// </summary>
    internal RuleOptionValue? Accept(RuleOptionValue value)
    {
        var converted = (Kind, value.Kind) switch
        {
            _ when Kind == value.Kind => value,
            (RuleOptionKind.Number, RuleOptionKind.Integer) => RuleOptionValue.Number(value.AsNumber()),
            (RuleOptionKind.Integer, RuleOptionKind.Number) when IsInt(value.AsNumber()) => RuleOptionValue.Integer((int)value.AsNumber()),
            (RuleOptionKind.NumberList, RuleOptionKind.TextList) when value.AsTexts().Count == 0 => RuleOptionValue.NumberList([]),
            (RuleOptionKind.TextList, RuleOptionKind.NumberList) when value.AsNumbers().Count == 0 => RuleOptionValue.TextList([]),
            _ => null,
        };
        return converted is not null && Allows(converted) ? converted : null;
    }

    /// <summary>Whether one number is within the limits.</summary>
    internal bool AllowsNumber(double value) => value >= (Minimum ?? double.NegativeInfinity) && value <= (Maximum ?? double.PositiveInfinity);

    /// <summary>Whether one text is allowed.</summary>
    internal bool AllowsText(string value) => AllowedValues is null || AllowedValues.Contains(value, StringComparer.Ordinal);

    /// <summary>The kind in words: "a number", "true or false", "a list of numbers".</summary>
    internal static string KindWords(RuleOptionKind kind) => kind switch
    {
        RuleOptionKind.Number => "a number",
        RuleOptionKind.Integer => "a whole number",
        RuleOptionKind.Boolean => "true or false",
        RuleOptionKind.Text => "a text",
        RuleOptionKind.NumberList => "a list of numbers",
        RuleOptionKind.TextList => "a list of texts",
        _ => kind.ToString(),
    };

    /// <summary>Whether a number is a whole number that fits <see cref="int"/>.</summary>
    internal static bool IsInt(double value) => value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue;

    private bool Allows(RuleOptionValue value) => value.Kind switch
    {
        RuleOptionKind.Number or RuleOptionKind.Integer => AllowsNumber(value.AsNumber()),
        RuleOptionKind.NumberList => value.AsNumbers().All(AllowsNumber),
        RuleOptionKind.Text => AllowsText(value.AsText()),
        RuleOptionKind.TextList => value.AsTexts().All(AllowsText),
        _ => true,
    };

    private string Limits() => (Minimum, Maximum) switch
    {
        ({ } lo, { } hi) => $" from {Format(lo)} to {Format(hi)}",
        ({ } lo, null) => $" of at least {Format(lo)}",
        (null, { } hi) => $" of at most {Format(hi)}",
        _ => string.Empty,
    };

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
