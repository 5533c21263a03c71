using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.DataQuality;

/// <summary>
/// Compares the model's expected inputs with the data's columns by name: a feature the data lacks makes every
/// prediction impossible (or silently imputed by a wrapper), and a column the model ignores may be a forgotten input.
/// It reads only the model's schema and never asks for predictions, so it still reports when they cannot be computed.
/// </summary>
[AuditCheck]
public sealed class ModelSchemaCheck : AuditCheck
{
    /// <summary>XAI6006: the model expects a column the data does not have.</summary>
    public static readonly RuleDescriptor MissingFeatureRule = new(
        DataQualityRuleIds.ModelFeatureMissing,
        "Model input missing from the data",
        "The model expects {1} column '{0}', which the data does not have",
        CheckFamily.DataQuality,
        Severity.Error,
        "Reports each feature of the model with no data column of the same name (names compare ordinally, so case "
        + "matters). Without it the model cannot be run on these data, so every check that needs predictions fails. "
        + "Fix the export or the column mapping; never fill a missing input with a constant to make the audit run.",
        ["EU-AIA-ART10-1", "EU-AIA-ART15-4", "EU-AIA-ART26", "JP-MLQM-DATA-ADEQUACY", "GMLP-P2"]);

    /// <summary>XAI6007: the data has a column the model does not use.</summary>
    public static readonly RuleDescriptor UnusedColumnRule = new(
        DataQualityRuleIds.ColumnNotUsedByModel,
        "Column not used by the model",
        "Column '{0}' is not an input of the model",
        CheckFamily.DataQuality,
        Severity.Info,
        "Reports, one finding per column, each data column that is not a model feature, leaving out the label, the score "
        + "column and the registered sensitive attributes (which are there for the fairness checks). Such a column may "
        + "be a renamed or forgotten input, or data that need not be collected at all (data minimisation). Confirm it "
        + "is intended.",
        ["EU-AIA-ART10-1", "JP-MLQM-DATA-DESIGN", "GMLP-P2"]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [MissingFeatureRule, UnusedColumnRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var model = context.Model ?? throw new InvalidOperationException("The engine runs this check only with a model.");
        var data = context.Evaluation;
        var registration = context.Registration;

        var missing = 0;
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in model.Features)
        {
            expected.Add(feature.Name);
            if (!data.TryGetColumn(feature.Name, out _))
            {
                missing++;
                var kind = feature.Kind.ToString().ToLowerInvariant();
                context.Report(MissingFeatureRule, FindingLocation.ForColumn(feature.Name), Evidence.None, feature.Name, kind);
            }
        }

        var sensitive = new HashSet<string>(registration.SensitiveAttributes, StringComparer.Ordinal);
        var unused = 0;
        foreach (var column in data.Columns)
        {
            if (!expected.Contains(column.Name) && !ColumnText.IsLabelOrScore(registration, column.Name) && !sensitive.Contains(column.Name))
            {
                unused++;
                context.Report(UnusedColumnRule, FindingLocation.ForColumn(column.Name), Evidence.None, column.Name);
            }
        }

        context.Measure("missing_model_features", missing);
        context.Measure("unused_columns", unused);
        context.ReportProgress(1);
        return ValueTask.CompletedTask;
    }
}
