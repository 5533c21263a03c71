using ExplainableAI.Core;
using ExplainableAI.Data;
using ExplainableAI.Models;
using ExplainableAI.Regulatory;
using ExplainableAI.Reporting;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>
/// Carries out an audit plan: loads plugins, data and model, validates that the registration's columns exist,
/// runs the engine, and writes the output set and the registry record, all or nothing. Every input is checked before
/// anything is written.
/// </summary>
internal sealed class AuditRunner(DatasetLoader datasets, AuditOutputWriter writer, TimeProvider time)
{
    /// <summary>Runs the audit; <paramref name="recorder"/> (when not null) records the run together with the files.</summary>
    public async Task<AuditOutcome> RunAsync(AuditPlan plan, RunRecorder? recorder, IAuditProgress progress, CancellationToken cancellationToken)
    {
        // Every plugin process ends with this method, whatever happens: none outlives its audit.
        await using var isolation = new PluginProcessSession(plan.Isolation.For(plan.Seed, plan.Configuration.CheckTimeout));
        var plugins = isolation.Load(PluginLoader.SearchDirectories(plan.PluginDirectories), cancellationToken);

        // The manifest's option values are read for the kinds the loaded rules declare as soon as those are known, so a
        // value that does not fit is reported (file:line:column) before the data and the model are loaded.
        var configuration = plan.Configuration.Bind(plugins.Checks.SelectMany(c => c.Check.Rules));
        var dataOptions = new DataLoadOptions(plan.Data.Delimiter, plan.Data.ColumnTypes);
        var evaluation = datasets.Load(plan.Data.Evaluation, dataOptions, cancellationToken);
        var reference = plan.Data.Reference is null ? null : datasets.Load(plan.Data.Reference, dataOptions, cancellationToken);
        ValidateColumns(plan.Registration.Declared, evaluation);

        // Read before the engine runs: a bad declared-facts file is bad input, and nothing is written.
        var declared = RegistrationFacts.Read(plan.Registration.Regulatory);

        AuditModel? model = null;
        if (plan.Model.File is not null)
        {
            var ignored = plan.Registration.Declared.ScoreColumn is null ? [] : new[] { plan.Registration.Declared.ScoreColumn };
            var models = ModelLoader.CreateDefault(plugins.Adapters);
            var loaded = models.Load(plan.Model.File, plan.Model.Format, new ModelLoadOptions(plan.Registration.Declared.LabelColumn, plan.Model.Task, plan.Registration.Declared.PositiveClass, ignored)
            {
                InputColumns = plan.Model.Inputs,
            }, cancellationToken);
            var identity = new ModelRecord(plan.Registration.Declared.ModelId, plan.Registration.Declared.ModelVersion, loaded.Path, loaded.Format, loaded.Sha256, loaded.Model.Task, loaded.Model.Features);
            model = new AuditModel(loaded.Model, identity);
        }

        ValidateBinaryLabel(plan.Registration.Declared, evaluation, model);
        var engine = new AuditEngine(plugins, ToolIdentity.Current, time, progress) { IncludeStackTraces = plan.StackTraces };
        var request = new AuditRequest(plan.Registration, evaluation, reference, model, configuration, plan.Seed);
        var result = await engine.RunAsync(request, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        await isolation.StopAsync().ConfigureAwait(false);
        var report = Assemble(result, isolation, declared, plan.Registration.ManifestPath);
        return await writer.WriteAsync(report, plan, recorder, isolation.ConsoleLog, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The one place an audit's report is built: the engine's result with what only the host knows once the plugin
    /// processes have ended (which plugins wrote to their console, the configuration's hash), then the regulatory
    /// position assessed from that result. Every output of the set is exported from this report.
    /// </summary>
    private static AuditReport Assemble(AuditResult engineResult, PluginProcessSession isolation, DeclaredFactsFile declared, string? manifestPath)
    {
        var result = engineResult with
        {
            Plugins = isolation.Annotate(engineResult.Plugins),
            Configuration = ConfigurationDigest.Stamp(engineResult.Configuration, manifestPath),
        };
        return AuditReport.Assemble(result, RegulatoryPosition.Assess(declared, result));
    }

    private static void ValidateColumns(RegistrationInfo registration, TabularData evaluation)
    {
        var file = evaluation.Path ?? evaluation.Name;
        if (registration.LabelColumn is { } label && !evaluation.TryGetColumn(label, out _))
        {
            throw new InvalidAuditInputException($"label column '{label}' is not in the data; columns are: {ColumnList(evaluation)}", file: file, field: label);
        }

        // Every column the registration names must exist: a typo must not silently skip an examination.
        var declared = registration.SensitiveAttributes.Select(c => (Column: c, What: $"sensitive attribute '{c}' is not a column of the data"))
            .Concat(registration.SiteColumns.Select(c => (Column: c, What: $"site column '{c}' is not a column of the data")))
            .Concat(registration.Features.Keys.Select(c => (Column: c, What: $"feature '{c}' declared in data.features is not a column of the data")));
        foreach (var (column, what) in declared)
        {
            if (!evaluation.TryGetColumn(column, out _))
            {
                throw new InvalidAuditInputException($"{what}; columns are: {ColumnList(evaluation)}", file: file, field: column);
            }
        }

        if (registration.ScoreColumn is { } score)
        {
            if (!evaluation.TryGetColumn(score, out var column))
            {
                throw new InvalidAuditInputException($"score column '{score}' is not in the data; columns are: {ColumnList(evaluation)}", file: file, field: score);
            }

            if (column.Kind != ColumnKind.Numeric)
            {
                throw new InvalidAuditInputException($"score column '{score}' must hold numbers (probabilities from 0 to 1)", file: file, field: score);
            }
        }
    }

    // Where the label is interpreted: only once the model's task is known can a label be judged binary or not.
    private static void ValidateBinaryLabel(RegistrationInfo registration, TabularData evaluation, AuditModel? model)
    {
        var why = model is null
            ? registration.ScoreColumn is null ? null : "an audit of a score column"
            : model.Model.Task == ModelTask.BinaryClassification ? "a binary model" : null;
        if (registration.LabelColumn is not { } label)
        {
            return;
        }

        var file = evaluation.Path ?? evaluation.Name;
        if (why is null)
        {
            BinaryLabelValidation.EnsureAnyValue(evaluation[label], file);
        }
        else
        {
            BinaryLabelValidation.EnsureBinary(evaluation[label], file, why);
        }
    }

    private static string ColumnList(TabularData data)
    {
        const int shown = 12;
        var names = data.Columns.Take(shown).Select(c => c.Name);
        return string.Join(", ", names) + (data.Columns.Count > shown ? $", … ({data.Columns.Count} in all)" : string.Empty);
    }
}
