namespace ExplainableAI.Core;

/// <summary>A rule option with the value the audit used.</summary>
/// <param name="Name">Option name.</param>
/// <param name="Value">Value used.</param>
/// <param name="DefaultValue">Documented default.</param>
/// <param name="Description">What it controls.</param>
public sealed record RuleOptionRecord(string Name, double Value, double DefaultValue, string Description);
