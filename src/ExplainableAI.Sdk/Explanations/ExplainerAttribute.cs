namespace ExplainableAI.Sdk;

/// <summary>
/// Marks a public, non-abstract <see cref="IExplainer"/> with a public parameterless constructor for discovery by the
/// host, so a plugin can offer attributions to <c>xai explain</c> the way it adds checks.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ExplainerAttribute : Attribute
{
}
