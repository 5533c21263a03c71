using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// The registration as the report records it: what checks were told (<see cref="Declared"/>, the SDK's one registration
/// type) and the two facts only the host uses, the declared regulatory facts and the manifest's path.
/// </summary>
/// <param name="Declared">What the registration declares about the model, exactly as checks see it.</param>
/// <param name="Regulatory">Declared regulatory facts.</param>
/// <param name="ManifestPath">The manifest file, if the audit used one.</param>
public sealed record RegistrationRecord(
    RegistrationInfo Declared,
    RegulatoryFacts Regulatory,
    string? ManifestPath);
