namespace ExplainableAI.Registry;

/// <summary>The registry file a command uses.</summary>
/// <param name="Path">Its full path.</param>
/// <param name="Named">
/// Whether the user named it (<c>--registry</c> or <c>XAI_REGISTRY</c>): a problem with a named registry stops the audit
/// before it runs; a problem with the default one is a warning and the run is not recorded.
/// </param>
public sealed record RegistryTarget(string Path, bool Named);
