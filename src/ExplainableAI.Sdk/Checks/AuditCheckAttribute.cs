namespace ExplainableAI.Sdk;

/// <summary>
/// Marks a public, non-abstract <see cref="AuditCheck"/> subclass with a public parameterless constructor
/// for discovery by the host. Unmarked checks are ignored, so helpers and base classes stay invisible.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AuditCheckAttribute : Attribute
{
}
