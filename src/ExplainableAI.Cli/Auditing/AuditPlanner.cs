using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>
/// Turns a manifest, or the command line alone, into an audit plan. The registration flags override the manifest's
/// registration (<see cref="RegistrationOverride"/>); command-line gates and seeds win over the manifest's.
/// </summary>
internal sealed class AuditPlanner(ManifestReader manifests)
{
    /// <summary>The seed used when neither the manifest nor the command line sets one.</summary>
    public const int DefaultSeed = 20261125;

    public AuditPlan Plan(AuditArguments args)
    {
        var registered = args.Manifest is not null ? manifests.Read(args.Manifest) : Undeclared;
        registered = Override(registered, args.Overrides);
        if (args.Manifest is null)
        {
            registered = Named(registered);
        }

        var configuration = args.FailOn is { } failOn ? registered.Checks with { FailOn = failOn } : registered.Checks;
        return new AuditPlan(
            registered.Registration,
            registered.Model,
            registered.Data,
            configuration,
            args.Seed ?? registered.Seed ?? DefaultSeed,
            args.PluginDirectories,
            args.Output,
            args.Templates,
            args.Language)
        {
            Pdf = args.Pdf,
            PdfAppendix = args.PdfAppendix,
            StackTraces = args.StackTraces,
            Isolation = args.Isolation,
        };
    }

    /// <summary>The registration with the command line's overrides applied, in the order given: the one place flags meet it.</summary>
    /// <param name="registered">The manifest's registration, or the undeclared one.</param>
    /// <param name="overrides">The flags' overrides.</param>
    /// <returns>The registration the audit uses.</returns>
    public static RegistrationManifest Override(RegistrationManifest registered, IEnumerable<RegistrationOverride> overrides) =>
        overrides.Aggregate(registered, (current, change) => change.Apply(current));

    // Without a manifest nothing is declared but what the flags say. The data file is named by --data, and the model
    // is named after its file (or, for an audit of scores, after the data's) once the flags are applied.
    private static RegistrationManifest Undeclared { get; } = new(
        new RegistrationRecord(
            new RegistrationInfo(string.Empty, "unversioned", "not declared (audit run without a registration manifest)", LabelColumn: null, PositiveClass: null, SensitiveAttributes: []),
            new RegulatoryFacts(),
            ManifestPath: null),
        new ModelSource(),
        new DataSources(Evaluation: string.Empty),
        CheckConfiguration.Default,
        Seed: null);

    private static RegistrationManifest Named(RegistrationManifest registered)
    {
        if (registered.Data.Evaluation.Length == 0)
        {
            throw new InvalidAuditInputException("--data is required (or give a registration with --manifest)", field: "--data");
        }

        var modelId = Path.GetFileNameWithoutExtension(registered.Model.File ?? registered.Data.Evaluation);
        return RegistrationOverride.Declared(r => r with { ModelId = modelId }).Apply(registered);
    }
}
