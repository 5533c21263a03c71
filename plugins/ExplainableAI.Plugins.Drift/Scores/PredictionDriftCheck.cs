using ExplainableAI.Plugins.Drift.Columns;

namespace ExplainableAI.Plugins.Drift.Scores;

/// <summary>
/// Compares the model's scores on the reference with its scores on the current data: a moved score distribution shows
/// drift in what the model sees, weighted by what it uses.
/// </summary>
[AuditCheck]
public sealed class PredictionDriftCheck : AuditCheck
{
    /// <summary>The measurement subject of the scores.</summary>
    public const string Subject = "prediction";

    /// <summary>XAI3004: the model's scores drifted.</summary>
    public static readonly RuleDescriptor Rule = new(
        DriftRuleIds.PredictionDrift,
        "Model scores drifted",
        "Model scores have drifted: {0} {1} (threshold {2})",
        CheckFamily.Drift,
        Severity.Warning,
        "Scores the reference and the current data with the model (or reads the registered score column of both) and compares "
        + "the two score distributions with the method and thresholds of XAI3001. Measurements use the subject 'prediction'. "
        + "A moved score distribution changes how many patients cross the operating threshold, even before outcomes are known.",
        ["EU-AIA-ART72-2", "EU-AIA-ART15-1", "JP-MLQM-OPS-MAINTAINABILITY", "GMLP-P10"]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Reference | CheckInputs.Scores;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reference = context.Reference!;
        Predictions? referencePredictions = null;
        double[]? referenceScores = null;
        if (context.Model is { } model)
        {
            referencePredictions = model.Predict(FeatureMatrix.FromData(reference, model.Features), cancellationToken);
        }
        else if (context.Registration.ScoreColumn is { } scoreColumn && reference.TryGetColumn(scoreColumn, out var column))
        {
            referenceScores = column.Values.ToArray();
        }
        else
        {
            // Scores of the current data only: nothing to compare them with.
            context.Skip("the reference data has no scores to compare with (no model, and no score column in it)");
            return;
        }

        var current = await context.GetPredictionsAsync(cancellationToken).ConfigureAwait(false);
        referenceScores ??= Scores(referencePredictions!);
        var settings = DriftOptions.Read(context, ColumnDriftCheck.Rule);
        using var referenceSample = ColumnSample.FromValues(referenceScores);
        using var currentSample = ColumnSample.FromValues(Scores(current));
        var drift = ColumnComparer.Compare(Subject, referenceSample, currentSample, settings, cancellationToken);
        DriftEvidence.Measure(context, drift, Subject);
        if (drift.Drifted)
        {
            context.Report(
                Rule,
                FindingLocation.Dataset,
                DriftEvidence.For(drift, "Cumulative distribution of model scores", "Model score"),
                DriftMethods.Words(drift.Method),
                DriftMethods.ValueText(drift.Method, drift.Statistic),
                DriftMethods.ThresholdText(drift.Method, drift.Threshold));
        }
    }

    private static double[] Scores(Predictions predictions)
    {
        var scores = new double[predictions.RowCount];
        for (var r = 0; r < scores.Length; r++)
        {
            scores[r] = predictions.Score(r);
        }

        return scores;
    }
}
