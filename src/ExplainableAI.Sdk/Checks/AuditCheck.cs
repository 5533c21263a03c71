namespace ExplainableAI.Sdk;

/// <summary>
/// The contract of a check, shaped like a Roslyn <c>DiagnosticAnalyzer</c>: it declares the rules it can report and
/// runs against a <see cref="CheckContext"/>. A check never writes files, prints or reads the clock: it reports findings
/// and measurements through the context, and the engine owns I/O, time and randomness.
/// </summary>
/// <remarks>Members added in later SDK versions are virtual with a default, so existing plugins keep compiling.</remarks>
public abstract class AuditCheck
{
    /// <summary>The rules this check can report. A rule reported that is not listed here is a host error.</summary>
    public abstract IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>A stable name for the check, used for measurements and progress. Defaults to the type's name.</summary>
    public virtual string Name => GetType().Name;

    /// <summary>What the check needs besides the evaluation data.</summary>
    public virtual CheckInputs RequiredInputs => CheckInputs.None;

    /// <summary>Runs the check.</summary>
    /// <param name="context">The audit's data, model, configuration and the sinks for findings and measurements.</param>
    /// <param name="cancellationToken">Signalled on Ctrl+C or when the check's timeout runs out.</param>
    /// <returns>A task that completes when the check is done.</returns>
    public abstract ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken);
}
