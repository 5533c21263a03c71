namespace ExplainableAI.Core;

/// <summary>
/// A parsed and validated registration (<c>manifest.yaml</c>, or the command line's flags when there is none): the
/// registration the report records, where the model and data come from, and the check configuration. Each fact has
/// one home; this type only holds them together.
/// </summary>
/// <param name="Registration">What the registration declares (checks see its <see cref="RegistrationRecord.Declared"/> part), the regulatory facts and the manifest's path.</param>
/// <param name="Model">The model file and how to load it.</param>
/// <param name="Data">The data files and how to read them.</param>
/// <param name="Checks">Check configuration.</param>
/// <param name="Seed">Audit seed, if the manifest sets one.</param>
public sealed record RegistrationManifest(
    RegistrationRecord Registration,
    ModelSource Model,
    DataSources Data,
    CheckConfiguration Checks,
    int? Seed);
