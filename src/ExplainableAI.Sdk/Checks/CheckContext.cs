namespace ExplainableAI.Sdk;

/// <summary>
/// Everything a check may use, given by the engine: the data, the model and its cached predictions, the configured
/// options, a seeded random source, and the sinks for findings, measurements and progress.
/// </summary>
public abstract class CheckContext
{
    /// <summary>The registration of the model under audit.</summary>
    public abstract RegistrationInfo Registration { get; }

    /// <summary>The evaluation ("current") dataset.</summary>
    public abstract TabularData Evaluation { get; }

    /// <summary>The reference dataset (for example the training data), if registered.</summary>
    public abstract TabularData? Reference { get; }

    /// <summary>The model, or <see langword="null"/> for a data-only or score-only audit.</summary>
    public abstract IAuditModel? Model { get; }

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

    /// <summary>The value of a rule's option: the user's configured value, else the descriptor's default.</summary>
    /// <param name="rule">The rule, which must declare the option.</param>
    /// <param name="name">The option's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The rule does not declare the option.</exception>
    public abstract double Option(RuleDescriptor rule, string name);

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

    /// <summary>Tells the host how far the check has come, for the progress display.</summary>
    /// <param name="fraction">From 0 to 1.</param>
    public virtual void ReportProgress(double fraction)
    {
    }
}
