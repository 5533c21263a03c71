namespace ExplainableAI.Sdk;

/// <summary>
/// A numeric threshold or setting of a rule, with the default used when the configuration does not set it.
/// Users set it in the manifest under <c>checks.options.&lt;RuleId&gt;.&lt;Name&gt;</c>.
/// </summary>
/// <param name="Name">The option's name, in <c>snake_case</c>, unique within its rule.</param>
/// <param name="DefaultValue">The value used when the configuration does not set one.</param>
/// <param name="Description">What the option controls, shown in <c>xai checks</c> and the report.</param>
public sealed record RuleOption(string Name, double DefaultValue, string Description);
