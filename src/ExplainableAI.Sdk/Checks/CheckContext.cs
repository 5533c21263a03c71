using ExplainableAI.Sdk.Cohorts;

namespace ExplainableAI.Sdk;

/// <summary>
/// Everything a check may use, given by the engine: the data, the model and its cached predictions, the configured
/// options, a seeded random source, and the sinks for findings, measurements and progress.
/// </summary>
public abstract class CheckContext
{
    private CohortSet? defaultCohorts;

    /// <summary>The registration of the model under audit.</summary>
    public abstract RegistrationInfo Registration { get; }

    /// <summary>The evaluation ("current") dataset.</summary>
    public abstract TabularData Evaluation { get; }

    /// <summary>The reference dataset (for example the training data), if registered.</summary>
    public abstract TabularData? Reference { get; }

    /// <summary>The model, or <see langword="null"/> for a data-only or score-only audit.</summary>
    public abstract IAuditModel? Model { get; }

    /// <summary>
    /// The groups of the sensitive attributes and of their pairs, defined once per audit by the engine, so every check
    /// names and sizes groups the same way. Read it instead of grouping a column yourself.
    /// </summary>
    /// <remarks>
    /// Added after the first contexts: the default implementation builds the cohorts from <see cref="Registration"/> and
    /// <see cref="Evaluation"/> with <see cref="CohortSet.Build"/>, as the engine does.
    /// </remarks>
    public virtual CohortSet Cohorts => LazyInitializer.EnsureInitialized(ref defaultCohorts, () => CohortSet.Build(Registration, Evaluation));

    /// <summary>
    /// A random source seeded from the audit seed and the check's name, so results repeat run after run and do not
    /// change when other checks are added.
    /// </summary>
    public abstract Random Random { get; }

    /// <summary>
    /// The model's predictions on the evaluation data (or the registered score column), computed once and shared
    /// by every check.
    /// </summary>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>The predictions.</returns>
    /// <exception cref="InvalidOperationException">There is neither a model nor a score column; declare <see cref="CheckInputs.Scores"/>.</exception>
    public abstract ValueTask<Predictions> GetPredictionsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The value of a rule's <see cref="RuleOptionKind.Number"/> (or <see cref="RuleOptionKind.Integer"/>) option: the
    /// user's configured value, else the descriptor's default.
    /// </summary>
    /// <param name="rule">The rule, which must declare the option.</param>
    /// <param name="name">The option's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The rule does not declare the option, or it is of another kind (read it with <see cref="OptionBoolean"/>, <see cref="OptionText"/>, ...).</exception>
    public abstract double Option(RuleDescriptor rule, string name);

    /// <summary>
    /// The value of a rule's option of any kind: the user's configured value (already checked against the option's kind
    /// and limits), else the descriptor's default. The typed readers (<see cref="OptionBoolean"/>, ...) call this.
    /// </summary>
    /// <remarks>
    /// Added after <see cref="Option"/>: the default implementation serves contexts written before typed options by
    /// reading number options through <see cref="Option"/> and giving other kinds their declared default.
    /// </remarks>
    /// <param name="rule">The rule, which must declare the option.</param>
    /// <param name="name">The option's name.</param>
    /// <returns>The value, of the option's <see cref="RuleOption.Kind"/>.</returns>
    /// <exception cref="ArgumentException">The rule does not declare the option.</exception>
    public virtual RuleOptionValue OptionValue(RuleDescriptor rule, string name)
    {
        var option = Declared(rule, name);
        return option.Kind switch
        {
            RuleOptionKind.Number => RuleOptionValue.Number(Option(rule, name)),
            RuleOptionKind.Integer => RuleOptionValue.Integer(checked((int)Option(rule, name))),
            _ => option.Default,
        };
    }

    /// <summary>The value of a rule's <see cref="RuleOptionKind.Integer"/> option.</summary>
    /// <param name="rule">The rule, which must declare the option.</param>
    /// <param name="name">The option's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The rule does not declare the option, or it is of another kind.</exception>
    public int OptionInteger(RuleDescriptor rule, string name) => Read(rule, name, RuleOptionKind.Integer).AsInteger();

    /// <summary>The value of a rule's <see cref="RuleOptionKind.Boolean"/> option.</summary>
    /// <param name="rule">The rule, which must declare the option.</param>
    /// <param name="name">The option's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The rule does not declare the option, or it is of another kind.</exception>
    public bool OptionBoolean(RuleDescriptor rule, string name) => Read(rule, name, RuleOptionKind.Boolean).AsBoolean();

    /// <summary>The value of a rule's <see cref="RuleOptionKind.Text"/> option.</summary>
    /// <param name="rule">The rule, which must declare the option.</param>
    /// <param name="name">The option's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The rule does not declare the option, or it is of another kind.</exception>
    public string OptionText(RuleDescriptor rule, string name) => Read(rule, name, RuleOptionKind.Text).AsText();

    /// <summary>The value of a rule's <see cref="RuleOptionKind.NumberList"/> option.</summary>
    /// <param name="rule">The rule, which must declare the option.</param>
    /// <param name="name">The option's name.</param>
    /// <returns>The numbers, in the order configured; possibly none.</returns>
    /// <exception cref="ArgumentException">The rule does not declare the option, or it is of another kind.</exception>
    public IReadOnlyList<double> OptionNumbers(RuleDescriptor rule, string name) => Read(rule, name, RuleOptionKind.NumberList).AsNumbers();

    /// <summary>The value of a rule's <see cref="RuleOptionKind.TextList"/> option.</summary>
    /// <param name="rule">The rule, which must declare the option.</param>
    /// <param name="name">The option's name.</param>
    /// <returns>The texts, in the order configured; possibly none.</returns>
    /// <exception cref="ArgumentException">The rule does not declare the option, or it is of another kind.</exception>
    public IReadOnlyList<string> OptionTexts(RuleDescriptor rule, string name) => Read(rule, name, RuleOptionKind.TextList).AsTexts();

    /// <summary>Reports a finding of a rule this check declares.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="location">Where it applies.</param>
    /// <param name="evidence">What supports it.</param>
    /// <param name="messageArguments">Arguments for the rule's message format.</param>
    public abstract void Report(RuleDescriptor rule, FindingLocation location, Evidence evidence, params object?[] messageArguments);

    /// <summary>Publishes a number the check computed.</summary>
    /// <param name="name">Metric name in <c>snake_case</c>.</param>
    /// <param name="value">The value.</param>
    /// <param name="subject">A column, a group (<c>sex=F</c>), or <see langword="null"/> for the whole dataset.</param>
    /// <param name="lower">Lower end of the confidence interval.</param>
    /// <param name="upper">Upper end of the confidence interval.</param>
    public abstract void Measure(string name, double value, string? subject = null, double? lower = null, double? upper = null);

    /// <summary>
    /// Says that the check cannot examine this audit's inputs, and why ("the label has 3 classes; this check needs 2"):
    /// the host records the check as skipped with the reason (XAI0004) instead of as completed. Call it, then return.
    /// A check that returns without a finding, a measurement or a skip is reported by the host (XAI0006), because a
    /// reviewer cannot tell a silent check from a passed one.
    /// </summary>
    /// <param name="reason">Why, in a short clause that completes "was skipped: …".</param>
    public virtual void Skip(string reason)
    {
    }

    /// <summary>
    /// The option <paramref name="name"/> of <paramref name="rule"/>, which must be of <paramref name="kind"/> (a number
    /// may also be read from an integer option); the error names the rule, the option, its kind and the reader to use.
    /// </summary>
    internal static RuleOption Declared(RuleDescriptor rule, string name, RuleOptionKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(name);
        var option = rule.FindOption(name) ?? throw new ArgumentException($"Rule {rule.Id} does not declare option '{name}'.", nameof(name));
        if (kind is { } wanted && option.Kind != wanted && !(wanted == RuleOptionKind.Number && option.Kind == RuleOptionKind.Integer))
        {
            throw new ArgumentException(
                $"Option '{name}' of rule {rule.Id} is {RuleOption.KindWords(option.Kind)} ({option.Kind}), not {RuleOption.KindWords(wanted)}; read it with {Reader(option.Kind)}.",
                nameof(name));
        }

        return option;
    }

    private RuleOptionValue Read(RuleDescriptor rule, string name, RuleOptionKind kind)
    {
        Declared(rule, name, kind);
        return OptionValue(rule, name);
    }

    private static string Reader(RuleOptionKind kind) => kind switch
    {
        RuleOptionKind.Number => nameof(Option),
        RuleOptionKind.Integer => nameof(OptionInteger),
        RuleOptionKind.Boolean => nameof(OptionBoolean),
        RuleOptionKind.Text => nameof(OptionText),
        RuleOptionKind.NumberList => nameof(OptionNumbers),
        _ => nameof(OptionTexts),
    };

    /// <summary>Tells the host how far the check has come, for the progress display.</summary>
    /// <param name="fraction">From 0 to 1.</param>
    public virtual void ReportProgress(double fraction)
    {
    }
}
