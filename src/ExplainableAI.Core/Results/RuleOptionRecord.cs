using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>A rule option with the value the audit used.</summary>
/// <param name="Name">Option name.</param>
/// <param name="Value">Value used.</param>
/// <param name="DefaultValue">Documented default.</param>
/// <param name="Description">What it controls.</param>
public sealed record RuleOptionRecord(string Name, RuleOptionValue Value, RuleOptionValue DefaultValue, string Description)
{
    /// <summary>The kind of value the option takes; <see cref="RuleOptionKind.Number"/> in reports of schema 1.0, which had no other kind.</summary>
    public RuleOptionKind Kind { get; init; } = RuleOptionKind.Number;
}
