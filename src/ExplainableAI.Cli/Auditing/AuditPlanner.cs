using ExplainableAI.Core;
using ExplainableAI.Data;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>Turns a manifest, or the command line alone, into an audit plan. Command-line gates and seeds win over the manifest's.</summary>
internal sealed class AuditPlanner(ManifestReader manifests)
{
    /// <summary>The seed used when neither the manifest nor the command line sets one.</summary>
    public const int DefaultSeed = 20261125;

    public AuditPlan Plan(AuditArguments args)
    {
        var plan = args.Manifest is not null ? FromManifest(args) : FromFlags(args);
        return plan with { Pdf = args.Pdf, PdfAppendix = args.PdfAppendix, StackTraces = args.StackTraces, Isolation = args.Isolation };
    }

    private AuditPlan FromManifest(AuditArguments args)
    {
        var conflicting = new (string Flag, object? Value)[]
        {
            ("--model", args.Model), ("--data", args.Data), ("--reference", args.Reference), ("--label", args.Label),
            ("--score-column", args.ScoreColumn), ("--positive-class", args.PositiveClass), ("--threshold", args.Threshold),
            ("--task", args.Task), ("--model-format", args.ModelFormat), ("--model-inputs", args.ModelInputs), ("--delimiter", args.Delimiter),
        }.Where(f => f.Value is not null).Select(f => f.Flag).Concat(args.Sensitive.Count > 0 ? ["--sensitive"] : []).ToList();
        if (conflicting.Count > 0)
        {
            throw new InvalidAuditInputException($"{string.Join(", ", conflicting)} cannot be combined with --manifest; set them in the manifest instead", field: conflicting[0]);
        }

        var manifest = manifests.Read(args.Manifest!);
        var registration = new RegistrationRecord(
            manifest.Model.Id,
            manifest.Model.Version,
            manifest.Model.IntendedPurpose,
            manifest.Model.IntendedUsers,
            manifest.Regulatory,
            manifest.Data.LabelColumn,
            manifest.Model.PositiveClass,
            manifest.Data.SensitiveAttributes,
            manifest.Model.Threshold,
            manifest.Data.ScoreColumn,
            manifest.Path)
        {
            Features = manifest.Data.Features,
            SiteColumns = manifest.Data.SiteColumns,
            DriftMethod = manifest.Data.DriftMethod,
            CohortBands = manifest.Data.CohortBands,
        };
        var configuration = args.FailOn is { } failOn ? manifest.Checks with { FailOn = failOn } : manifest.Checks;
        return new AuditPlan(
            registration,
            manifest.Data.Evaluation,
            manifest.Data.Reference,
            new DataLoadOptions(manifest.Data.Delimiter, manifest.Data.ColumnTypes),
            manifest.Model.File,
            manifest.Model.Format,
            manifest.Model.Task,
            configuration,
            args.Seed ?? manifest.Seed ?? DefaultSeed,
            args.PluginDirectories,
            args.Output,
            args.Templates,
            args.Language)
        {
            ModelInputs = manifest.Model.Inputs,
        };
    }

    private static AuditPlan FromFlags(AuditArguments args)
    {
        if (args.Data is null)
        {
            throw new InvalidAuditInputException("--data is required (or give a registration with --manifest)", field: "--data");
        }

        if (args.Threshold is { } t && t is < 0 or > 1)
        {
            throw new InvalidAuditInputException("expected a number from 0 to 1", field: "--threshold");
        }

        var modelId = args.Model is null ? Path.GetFileNameWithoutExtension(args.Data) : Path.GetFileNameWithoutExtension(args.Model);
        var registration = new RegistrationRecord(
            modelId,
            "unversioned",
            "not declared (audit run without a registration manifest)",
            [],
            new RegulatoryFacts(),
            args.Label,
            args.PositiveClass,
            args.Sensitive,
            args.Threshold ?? 0.5,
            args.ScoreColumn,
            null);
        var configuration = CheckConfiguration.Default with { FailOn = args.FailOn ?? Severity.Error };
        return new AuditPlan(
            registration,
            Path.GetFullPath(args.Data),
            args.Reference is null ? null : Path.GetFullPath(args.Reference),
            new DataLoadOptions(args.Delimiter),
            args.Model is null ? null : Path.GetFullPath(args.Model),
            args.ModelFormat,
            args.Task,
            configuration,
            args.Seed ?? DefaultSeed,
            args.PluginDirectories,
            args.Output,
            args.Templates,
            args.Language)
        {
            ModelInputs = args.ModelInputs,
        };
    }
}
