namespace ExplainableAI.Sdk;

/// <summary>
/// Marks a public, non-abstract <see cref="IModelAdapter"/> with a public parameterless constructor for discovery by the
/// host, so a plugin can teach <c>xai</c> a new model format the way it adds checks.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ModelAdapterAttribute : Attribute
{
}
