using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Performance;

/// <summary>How far a regressor's predictions are from the truth: MAE, RMSE and R², with a residual plot.</summary>
[AuditCheck]
public sealed class RegressionCheck : AuditCheck
{
    /// <summary>The most residuals the plot shows (every k-th row in prediction order).</summary>
    public const int MaxPlotPoints = 500;

    /// <summary>XAI5009: the regression summary (always reported for regressors, info).</summary>
    public static readonly RuleDescriptor SummaryRule = new(
        PerformanceRuleIds.Regression,
        "Regression performance: MAE, RMSE and R²",
        "MAE {0:G4} (95% CI {1:G4}–{2:G4}), RMSE {3:G4} (95% CI {4:G4}–{5:G4}), R² {6:F3} on {7} rows of '{8}'",
        CheckFamily.Performance,
        Severity.Info,
        "For a regression model with a numeric label: MAE = mean |y - prediction|, RMSE = sqrt(mean (y - prediction)^2), "
        + "each with a 95% normal-approximation interval (RMSE: square roots of the MSE interval's bounds), and "
        + "R² = 1 - SS_res / SS_tot (scikit-learn's r2_score; not published for a constant label). Rows with a missing "
        + "label or prediction are left out. Publishes mae, rmse and r2, and reports this summary with a residual plot.",
        ["EU-AIA-ART15-1", "EU-AIA-ART15-3", "EU-AIA-ANNEX4-2G", "JP-MLQM-EXT-AI-PERFORMANCE", "GMLP-P8", "ISO-TS4213"]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [SummaryRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Scores | CheckInputs.Label;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var labelName = context.Registration.LabelColumn;
        if (labelName is null || !context.Evaluation.TryGetColumn(labelName, out var label) || label.Kind != ColumnKind.Numeric)
        {
            return;
        }

        var predictions = await context.GetPredictionsAsync(cancellationToken).ConfigureAwait(false);
        if (predictions.Task != ModelTask.Regression)
        {
            return;
        }

        var predicted = predictions.Values.Span;
        var metrics = RegressionMetrics.Compute(label.Values, predicted);
        if (metrics.Count == 0)
        {
            return;
        }

        context.Measure("mae", metrics.Mae.Value, lower: metrics.Mae.LowerOrNull, upper: metrics.Mae.UpperOrNull);
        context.Measure("rmse", metrics.Rmse.Value, lower: metrics.Rmse.LowerOrNull, upper: metrics.Rmse.UpperOrNull);
        if (!double.IsNaN(metrics.R2))
        {
            context.Measure("r2", metrics.R2);
        }

        var x = new List<double>();
        var y = new List<double>();
        var step = Math.Max(1, predicted.Length / MaxPlotPoints);
        var actual = label.Values;
        for (var i = 0; i < predicted.Length; i += step)
        {
            if (!double.IsNaN(actual[i]) && !double.IsNaN(predicted[i]))
            {
                x.Add(predicted[i]);
                y.Add(actual[i] - predicted[i]);
            }
        }

        var plot = new ChartSpec(ChartKind.Scatter, "Residuals", "prediction", "residual (label − prediction)", [new ChartSeries("rows", x, y)]);
        var evidence = new Evidence(Metrics: [Cells.Metric("mae", metrics.Mae), Cells.Metric("rmse", metrics.Rmse), new EvidenceMetric("r2", metrics.R2)], Charts: [plot]);
        context.Report(SummaryRule, FindingLocation.ForColumn(labelName), evidence, metrics.Mae.Value, metrics.Mae.Lower, metrics.Mae.Upper, metrics.Rmse.Value, metrics.Rmse.Lower, metrics.Rmse.Upper, metrics.R2, metrics.Count, labelName);
        context.ReportProgress(1);
    }
}
