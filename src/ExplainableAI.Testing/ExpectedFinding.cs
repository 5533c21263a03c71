using System.Globalization;
using System.Text;
using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Testing;

/// <summary>
/// A finding a test expects, built fluently like Roslyn's <c>DiagnosticResult</c>:
/// <c>ExpectedFinding.Of("XAI6001").At("crp").WithArguments("crp", 0.45)</c>. Parts left unset are not compared.
/// </summary>
public sealed record ExpectedFinding
{
    private ExpectedFinding(string ruleId) => RuleId = ruleId;

    /// <summary>The expected rule ID.</summary>
    public string RuleId { get; }

    /// <summary>The expected column, if set.</summary>
    public string? Column { get; private init; }

    /// <summary>The expected group, if set.</summary>
    public string? Group { get; private init; }

    /// <summary>The expected severity, if set.</summary>
    public Severity? Severity { get; private init; }

    /// <summary>The expected message arguments, if set (compared through the rule's message format).</summary>
    public IReadOnlyList<object?>? Arguments { get; private init; }

    /// <summary>The expected exact message, if set.</summary>
    public string? Message { get; private init; }

    /// <summary>Whether the finding is expected to be suppressed, if set.</summary>
    public bool? Suppressed { get; private init; }

    /// <summary>Expects a finding of a rule.</summary>
    /// <param name="ruleId">The rule's ID.</param>
    /// <returns>The expectation.</returns>
    public static ExpectedFinding Of(string ruleId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        return new ExpectedFinding(ruleId);
    }

    /// <summary>Expects the finding on a column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The expectation.</returns>
    public ExpectedFinding At(string column) => this with { Column = column };

    /// <summary>Expects the finding on a group (<c>attribute=value</c>).</summary>
    /// <param name="group">The group.</param>
    /// <returns>The expectation.</returns>
    public ExpectedFinding InGroup(string group) => this with { Group = group };

    /// <summary>Expects a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The expectation.</returns>
    public ExpectedFinding WithSeverity(Severity severity) => this with { Severity = severity };

    /// <summary>Expects the message formatted from these arguments.</summary>
    /// <param name="arguments">The message arguments.</param>
    /// <returns>The expectation.</returns>
    public ExpectedFinding WithArguments(params object?[] arguments) => this with { Arguments = arguments };

    /// <summary>Expects this exact message.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The expectation.</returns>
    public ExpectedFinding WithMessage(string message) => this with { Message = message };

    /// <summary>Expects the finding to be suppressed.</summary>
    /// <returns>The expectation.</returns>
    public ExpectedFinding AsSuppressed() => this with { Suppressed = true };

    internal bool Matches(Finding finding, RuleDescriptor? rule) =>
        string.Equals(finding.RuleId, RuleId, StringComparison.Ordinal)
        && (Column is null || string.Equals(finding.Location.Column, Column, StringComparison.Ordinal))
        && (Group is null || string.Equals(finding.Location.Group, Group, StringComparison.Ordinal))
        && (Severity is null || finding.Severity == Severity)
        && (Suppressed is null || finding.IsActive != Suppressed)
        && (Message is null || string.Equals(finding.Message, Message, StringComparison.Ordinal))
        && (Arguments is null || (rule is not null && string.Equals(finding.Message, ExpectedMessage(rule), StringComparison.Ordinal)));

    internal string ExpectedMessage(RuleDescriptor rule) =>
        string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, Arguments?.ToArray() ?? []);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder(RuleId);
        Append("column", Column);
        Append("group", Group);
        Append("severity", Severity?.ToString());
        Append("message", Message);
        if (Arguments is not null)
        {
            Append("arguments", string.Join(", ", Arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture))));
        }

        Append("suppressed", Suppressed?.ToString());
        return text.ToString();

        void Append(string name, string? value)
        {
            if (value is not null)
            {
                text.Append(' ').Append(name).Append("=\"").Append(value).Append('"');
            }
        }
    }
}
