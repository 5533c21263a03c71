using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>How far a regressor's predictions are from the truth: MAE, RMSE and R², with a residual plot.</summary>
[AuditCheck]
public sealed class RegressionCheck : AuditCheck
{
    /// <summary>The most residuals the plot shows (every k-th row in prediction order).</summary>
    public const int MaxPlotPoints = 500;

    /// <summary>The option that sets the declared maximum MAE.</summary>
    public const string MaxMaeOption = "max_mae";

    /// <summary>The option that sets the declared maximum RMSE.</summary>
    public const string MaxRmseOption = "max_rmse";

    /// <summary>The option that chooses between the interval's upper bound and the point estimate.</summary>
    public const string UseUpperBoundOption = "use_upper_bound";

    /// <summary>The option that sets the declared minimum R².</summary>
    public const string MinR2Option = "min_r2";

    /// <summary>XAI5011: MAE or RMSE above the declared maximum.</summary>
    public static readonly RuleDescriptor ErrorRule = new(
        PerformanceRuleIds.RegressionErrorAboveMaximum,
        "Regression error above the declared maximum",
        "{0} of '{1}' does not demonstrate the declared maximum {2:G4}: its {3} {4:G4} is above it",
        CheckFamily.Performance,
        Severity.Warning,
        "Compares the MAE and the RMSE of a regression model (in the label's unit) with the maxima the manufacturer declares "
        + "(max_mae, max_rmse; both off by default, so without a declaration XAI5009 only informs). By default the upper "
        + "bound of the 95% interval is compared, so the finding reads 'not demonstrated with 95% confidence'; set "
        + "use_upper_bound to false to compare the point estimate. One finding per metric above its maximum.",
        PerformanceRequirements.DeclaredAccuracy,
        [
            new RuleOption(MaxMaeOption, 0, "Declared maximum mean absolute error, in the label's unit. Default 0: off."),
            new RuleOption(MaxRmseOption, 0, "Declared maximum root mean squared error, in the label's unit. Default 0: off."),
            RuleOption.Boolean(UseUpperBoundOption, true, "true: compare the 95% interval's upper bound with the maximum; false: compare the point estimate. Default true."),
        ]);

    /// <summary>XAI5012: R² below the declared minimum.</summary>
    public static readonly RuleDescriptor R2Rule = new(
        PerformanceRuleIds.R2BelowMinimum,
        "R² below the declared minimum",
        "R² {0:F3} of '{1}' is below the declared minimum {2:F3}",
        CheckFamily.Performance,
        Severity.Warning,
        "Compares R² (scikit-learn's r2_score, point estimate) of a regression model with the minimum the manufacturer "
        + "declares (min_r2; off by default, so without a declaration XAI5009 only informs). R² at or below 0 means the "
        + "model predicts no better than the label's mean.",
        PerformanceRequirements.DeclaredAccuracy,
        [new RuleOption(MinR2Option, 0, "Declared minimum R² (at most 1). Default 0: off (to demand any improvement over the mean, set a small positive value).")]);

    /// <summary>XAI5009: the regression summary (always reported for regressors, info).</summary>
    public static readonly RuleDescriptor SummaryRule = new(
        PerformanceRuleIds.Regression,
        "Regression performance: MAE, RMSE and R²",
        "MAE {0:G4}, RMSE {1:G4} and R² {2:F3} on {3} rows of '{4}'",
        CheckFamily.Performance,
        Severity.Info,
        "For a regression model with a numeric label: MAE = mean |y - prediction|, RMSE = sqrt(mean (y - prediction)^2), "
        + "each with a 95% normal-approximation interval (RMSE: square roots of the MSE interval's bounds), and "
        + "R² = 1 - SS_res / SS_tot (scikit-learn's r2_score; not published for a constant label). Rows with a missing "
        + "label or prediction are left out. Publishes mae, rmse and r2, and reports this summary with a residual plot.",
        PerformanceRequirements.DeclaredAccuracy);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [SummaryRule, ErrorRule, R2Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Scores | CheckInputs.Label;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var labelName = context.Registration.LabelColumn;
        if (labelName is null || !context.Evaluation.TryGetColumn(labelName, out var label) || label.Kind != ColumnKind.Numeric)
        {
            context.Skip("it examines regression models with a numeric label");
            return;
        }

        var predictions = await context.GetPredictionsAsync(cancellationToken).ConfigureAwait(false);
        if (predictions.Task != ModelTask.Regression)
        {
            context.Skip($"it examines regression models, and the model's task is {predictions.Task}");
            return;
        }

        var predicted = predictions.Values.Span;
        var metrics = RegressionMetrics.Compute(label.Values, predicted);
        if (metrics.Count == 0)
        {
            context.Skip("no row has both a label and a prediction");
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

        var plot = new ChartSpec(ChartKind.Scatter, "Residuals", "Prediction", "Residual (label − prediction)", [new ChartSeries("Rows", x, y)]);
        var evidence = new Evidence(Metrics: [Cells.Metric("mae", metrics.Mae), Cells.Metric("rmse", metrics.Rmse), new EvidenceMetric("r2", metrics.R2)], Charts: [plot]);
        var location = FindingLocation.ForColumn(labelName);
        context.Report(SummaryRule, location, evidence, metrics.Mae.Value, metrics.Rmse.Value, metrics.R2, metrics.Count, labelName);
        var useUpper = context.OptionBoolean(ErrorRule, UseUpperBoundOption);
        // The residual plot is on the summary alone; the warnings carry their metric.
        JudgeError(context, location, "MAE", "mae", metrics.Mae, context.Option(ErrorRule, MaxMaeOption), useUpper, labelName);
        JudgeError(context, location, "RMSE", "rmse", metrics.Rmse, context.Option(ErrorRule, MaxRmseOption), useUpper, labelName);
        var minR2 = context.Option(R2Rule, MinR2Option);
        if (minR2 != 0 && !double.IsNaN(metrics.R2) && metrics.R2 < minR2)
        {
            context.Report(R2Rule, location, Evidence.Of(new EvidenceMetric("r2", metrics.R2, Threshold: minR2)), metrics.R2, labelName, minR2);
        }

        context.ReportProgress(1);
    }

    private static void JudgeError(CheckContext context, FindingLocation location, string label, string name, Interval value, double maximum, bool useUpper, string labelName)
    {
        if (maximum <= 0 || double.IsNaN(value.Value))
        {
            return;
        }

        var upper = useUpper && value.HasBounds;
        var compared = upper ? value.Upper : value.Value;
        if (compared > maximum)
        {
            context.Report(
                ErrorRule,
                location,
                Evidence.Of(Cells.Metric(name, value, maximum)),
                label,
                labelName,
                maximum,
                upper ? "95% upper bound" : "estimate",
                upper ? value.Upper : value.Value);
        }
    }
}
