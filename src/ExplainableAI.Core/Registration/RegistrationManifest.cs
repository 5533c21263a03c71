namespace ExplainableAI.Core;

/// <summary>A parsed and validated registration manifest (<c>manifest.yaml</c>).</summary>
/// <param name="Path">The manifest file.</param>
/// <param name="Model">The model and its card.</param>
/// <param name="Regulatory">Declared regulatory facts.</param>
/// <param name="Data">Datasets and their roles.</param>
/// <param name="Checks">Check configuration.</param>
/// <param name="Seed">Audit seed, if the manifest sets one.</param>
public sealed record RegistrationManifest(
    string Path,
    ModelRegistration Model,
    RegulatoryFacts Regulatory,
    DataRegistration Data,
    CheckConfiguration Checks,
    int? Seed);
