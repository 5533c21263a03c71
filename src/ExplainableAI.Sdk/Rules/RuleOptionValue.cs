using System.Globalization;

namespace ExplainableAI.Sdk;

/// <summary>
/// The value of a rule option, of one <see cref="RuleOptionKind"/>: a default declared by a <see cref="RuleOption"/>,
/// or a value a configuration sets. Immutable; two values are equal when their kinds and contents are.
/// </summary>
public sealed class RuleOptionValue : IEquatable<RuleOptionValue>
{
    private readonly double number;
    private readonly string? text;
    private readonly IReadOnlyList<double>? numbers;
    private readonly IReadOnlyList<string>? texts;

    private RuleOptionValue(RuleOptionKind kind, double number = 0, string? text = null, IReadOnlyList<double>? numbers = null, IReadOnlyList<string>? texts = null)
    {
        Kind = kind;
        this.number = number;
        this.text = text;
        this.numbers = numbers;
        this.texts = texts;
    }

    /// <summary>The kind of value.</summary>
    public RuleOptionKind Kind { get; }

    /// <summary>Where a configuration file wrote the value, so the host can point at it; <see langword="null"/> for values made in code.</summary>
    internal OptionSource? Source { get; private init; }

    /// <summary>A number.</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static RuleOptionValue Number(double value) =>
        double.IsFinite(value) ? new(RuleOptionKind.Number, number: value) : throw new ArgumentOutOfRangeException(nameof(value), value, "An option's number must be finite.");

    /// <summary>A whole number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static RuleOptionValue Integer(int value) => new(RuleOptionKind.Integer, number: value);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The switch.</param>
    /// <returns>The value.</returns>
    public static RuleOptionValue Boolean(bool value) => new(RuleOptionKind.Boolean, number: value ? 1 : 0);

    /// <summary>A text.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    public static RuleOptionValue Text(string value) => new(RuleOptionKind.Text, text: value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>A list of numbers, possibly empty.</summary>
    /// <param name="values">Finite numbers.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN or infinite.</exception>
    public static RuleOptionValue NumberList(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = values.ToArray();
        return copy.All(double.IsFinite)
            ? new(RuleOptionKind.NumberList, numbers: Array.AsReadOnly(copy))
            : throw new ArgumentOutOfRangeException(nameof(values), "An option's numbers must be finite.");
    }

    /// <summary>A list of texts, possibly empty.</summary>
    /// <param name="values">The texts.</param>
    /// <returns>The value.</returns>
    public static RuleOptionValue TextList(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = values.ToArray();
        return copy.All(t => t is not null)
            ? new(RuleOptionKind.TextList, texts: Array.AsReadOnly(copy))
            : throw new ArgumentException("An option's texts must not be null.", nameof(values));
    }

    /// <summary>A number, as <see cref="Number"/> makes it.</summary>
    /// <param name="value">A finite number.</param>
    public static implicit operator RuleOptionValue(double value) => Number(value);

    /// <summary>A whole number, as <see cref="Integer"/> makes it.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator RuleOptionValue(int value) => Integer(value);

    /// <summary>A switch, as <see cref="Boolean"/> makes it.</summary>
    /// <param name="value">The switch.</param>
    public static implicit operator RuleOptionValue(bool value) => Boolean(value);

    /// <summary>A text, as <see cref="Text"/> makes it.</summary>
    /// <param name="value">The text.</param>
    public static implicit operator RuleOptionValue(string value) => Text(value);

    /// <summary>The number of a <see cref="RuleOptionKind.Number"/> or <see cref="RuleOptionKind.Integer"/> value.</summary>
    /// <returns>The number.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public double AsNumber() => Kind is RuleOptionKind.Number or RuleOptionKind.Integer ? number : throw WrongKind("a number");

    /// <summary>The whole number of an <see cref="RuleOptionKind.Integer"/> value.</summary>
    /// <returns>The number.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public int AsInteger() => Kind == RuleOptionKind.Integer ? (int)number : throw WrongKind("a whole number");

    /// <summary>The switch of a <see cref="RuleOptionKind.Boolean"/> value.</summary>
    /// <returns>The switch.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public bool AsBoolean() => Kind == RuleOptionKind.Boolean ? number != 0 : throw WrongKind("true or false");

    /// <summary>The text of a <see cref="RuleOptionKind.Text"/> value.</summary>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public string AsText() => text ?? throw WrongKind("a text");

    /// <summary>The numbers of a <see cref="RuleOptionKind.NumberList"/> value.</summary>
    /// <returns>The numbers, in order.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public IReadOnlyList<double> AsNumbers() => numbers ?? throw WrongKind("a list of numbers");

    /// <summary>The texts of a <see cref="RuleOptionKind.TextList"/> value.</summary>
    /// <returns>The texts, in order.</returns>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public IReadOnlyList<string> AsTexts() => texts ?? throw WrongKind("a list of texts");

    /// <summary>The value as a manifest writes it: <c>0.1</c>, <c>10</c>, <c>true</c>, <c>ks</c>, <c>[40, 65]</c>, <c>[age, sex]</c>.</summary>
    /// <returns>The text, formatted with the invariant culture.</returns>
    public override string ToString() => Kind switch
    {
        RuleOptionKind.Boolean => AsBoolean() ? "true" : "false",
        RuleOptionKind.Text => text!,
        RuleOptionKind.NumberList => "[" + string.Join(", ", numbers!.Select(Format)) + "]",
        RuleOptionKind.TextList => "[" + string.Join(", ", texts!) + "]",
        _ => Format(number),
    };

    /// <inheritdoc/>
    public bool Equals(RuleOptionValue? other) =>
        other is not null
        && Kind == other.Kind
        && number.Equals(other.number)
        && string.Equals(text, other.text, StringComparison.Ordinal)
        && (numbers ?? []).SequenceEqual(other.numbers ?? [])
        && (texts ?? []).SequenceEqual(other.texts ?? [], StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleOptionValue);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, number, text, numbers?.Count, texts?.Count);

    /// <summary>The same value, remembering where a configuration file wrote it.</summary>
    internal RuleOptionValue WithSource(OptionSource source) =>
        new(Kind, number, text, numbers, texts) { Source = source };

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private InvalidOperationException WrongKind(string wanted) =>
        new($"The option value {this} is {RuleOption.KindWords(Kind)}, not {wanted}.");
}
