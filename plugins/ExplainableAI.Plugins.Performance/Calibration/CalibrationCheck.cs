using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// Whether the scores mean what they say (of patients scored 0.3, about 30% have the outcome): Brier score, expected
/// calibration error over equal-width bins, calibration slope and intercept by logistic recalibration, and the
/// reliability diagram; warns when the ECE or the slope exceeds the declared tolerance.
/// </summary>
[AuditCheck]
public sealed class CalibrationCheck : AuditCheck
{
    /// <summary>The option that sets the number of equal-width bins of the ECE and the reliability diagram.</summary>
    public const string BinsOption = "bins";

    /// <summary>The option that sets the largest tolerated ECE.</summary>
    public const string MaxEceOption = "max_ece";

    /// <summary>The option that sets the smallest tolerated calibration slope.</summary>
    public const string MinSlopeOption = "min_calibration_slope";

    /// <summary>The option that sets the largest tolerated calibration slope.</summary>
    public const string MaxSlopeOption = "max_calibration_slope";

    private static readonly string[] Requirements =
        ["EU-AIA-ART15-3", "EU-AIA-ART13-3B-II", "EU-AIA-ART14-4B", "EU-AIA-ANNEX4-2G", "JP-MLQM-EXT-AI-PERFORMANCE", "JP-MLQM-EXT-RISK-AVOIDANCE", "GMLP-P7", "GMLP-P8"];

    /// <summary>XAI5006: the calibration summary (always reported, info).</summary>
    public static readonly RuleDescriptor SummaryRule = new(
        PerformanceRuleIds.Calibration,
        "Calibration: Brier score, ECE, slope and intercept",
        "Brier score {0:F4}, ECE {1:F3} ({2} equal-width bins), calibration slope {3:0.00;−0.00;0.00}, calibration intercept {4:0.00;−0.00;0.00}",
        CheckFamily.Performance,
        Severity.Info,
        "For binary scores that are probabilities (all in [0, 1]; other scores are not checked): the Brier score (mean "
        + "squared difference between score and outcome, with a 95% normal-approximation interval); the expected calibration "
        + "error over equal-width bins (10 by default: bin k holds k/10 <= score < (k+1)/10, the last includes 1), "
        + "ECE = sum over bins of (rows in bin / rows) x |observed positive rate - mean score|; and logistic recalibration "
        + "of x = logit(score) (scores clipped to [1e-12, 1 - 1e-12]): the calibration slope is b in logit P(y) = a + b x, "
        + "the calibration intercept is a in logit P(y) = a + x (calibration in the large, slope fixed at 1), both by "
        + "Newton-Raphson with 95% Wald intervals (Van Calster et al. 2016). Ideal: slope 1, intercept 0. Publishes brier, "
        + "ece, calibration_slope and calibration_intercept, and reports this summary with the bin table, the reliability "
        + "diagram (each bin's observed rate with its Wilson 95% interval at the bin's mean score, rows per bin in the "
        + "subtitle) and the histogram of scores; the intervals are in the finding's evidence. The warnings XAI5007 and XAI5008 "
        + "carry only their metric.",
        Requirements,
        [RuleOption.Integer(BinsOption, 10, "Equal-width bins over [0, 1] for the ECE and the reliability diagram. Default 10.")]);

    /// <summary>XAI5007: the ECE exceeds the tolerated maximum.</summary>
    public static readonly RuleDescriptor EceRule = new(
        PerformanceRuleIds.EceAboveMaximum,
        "Expected calibration error above the tolerated maximum",
        "Expected calibration error {0:F3} ({1} equal-width bins) is above the tolerated {2:F3}: scores do not match observed risk",
        CheckFamily.Performance,
        Severity.Warning,
        "Warns when the ECE is above max_ece. Clinicians read a score as a risk; a miscalibrated model misleads them even "
        + "when it ranks well. Recalibrate (Platt or isotonic) on data from the intended population.",
        Requirements,
        [new RuleOption(MaxEceOption, 0.1, "Largest tolerated expected calibration error. Default 0.1; 0 switches the rule off.")]);

    /// <summary>XAI5008: the calibration slope is clearly outside the tolerated range.</summary>
    public static readonly RuleDescriptor SlopeRule = new(
        PerformanceRuleIds.CalibrationSlopeOutOfRange,
        "Calibration slope outside the tolerated range",
        "Scores are {3}: calibration slope {0:0.00;−0.00;0.00} (95% CI {1:0.00;−0.00;0.00} to {2:0.00;−0.00;0.00}) lies entirely beyond the tolerated {4:F2}",
        CheckFamily.Performance,
        Severity.Warning,
        "Warns when the whole 95% interval of the calibration slope is below min_calibration_slope (scores too extreme, "
        + "typical of overfitting) or above max_calibration_slope (scores too moderate). The message names the bound crossed, "
        + "which is also the evidence metric's threshold; the other bound is in the rule's options.",
        Requirements,
        [
            new RuleOption(MinSlopeOption, 0.8, "Smallest tolerated calibration slope. Default 0.8."),
            new RuleOption(MaxSlopeOption, 1.25, "Largest tolerated calibration slope (1 / 0.8, symmetric to the minimum on the log scale). Default 1.25."),
        ]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [SummaryRule, EceRule, SlopeRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Scores | CheckInputs.Label;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcomes = await ScoredOutcomes.LoadAsync(context, cancellationToken).ConfigureAwait(false);
        if (outcomes is null)
        {
            return;
        }

        if (outcomes.Scores[0] < 0 || outcomes.Scores[^1] > 1)
        {
            context.Skip("the scores are not probabilities: some lie outside 0 to 1");
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var bins = Math.Max(1, context.OptionInteger(SummaryRule, BinsOption));
        var brier = Brier.Compute(outcomes.Scores, outcomes.Positive);
        var reliability = ReliabilityBins.Compute(outcomes.Scores, outcomes.Positive, bins);
        context.ReportProgress(0.3);
        var (slope, intercept) = LogisticRecalibration.Fit(outcomes.Scores, outcomes.Positive);
        cancellationToken.ThrowIfCancellationRequested();
        context.Measure("brier", brier.Value, lower: brier.LowerOrNull, upper: brier.UpperOrNull);
        context.Measure("ece", reliability.Ece);
        if (!double.IsNaN(slope.Value))
        {
            context.Measure("calibration_slope", slope.Value, lower: slope.LowerOrNull, upper: slope.UpperOrNull);
        }

        if (!double.IsNaN(intercept.Value))
        {
            context.Measure("calibration_intercept", intercept.Value, lower: intercept.LowerOrNull, upper: intercept.UpperOrNull);
        }

        var evidence = SummaryEvidence(reliability, brier, slope, intercept);
        var location = FindingLocation.ForColumn(outcomes.Label.Column.Name);
        context.Report(SummaryRule, location, evidence, brier.Value, reliability.Ece, bins, slope.Value, intercept.Value);

        // The table and the charts are on the summary alone; the warnings carry their metric.
        var maxEce = context.Option(EceRule, MaxEceOption);
        if (maxEce > 0 && reliability.Ece > maxEce)
        {
            context.Report(EceRule, location, Evidence.Of(new EvidenceMetric("ece", reliability.Ece, Threshold: maxEce)), reliability.Ece, bins, maxEce);
        }

        var minSlope = context.Option(SlopeRule, MinSlopeOption);
        var maxSlope = context.Option(SlopeRule, MaxSlopeOption);
        if (slope.HasBounds && (slope.Upper < minSlope || slope.Lower > maxSlope))
        {
            var below = slope.Upper < minSlope;
            context.Report(
                SlopeRule,
                location,
                Evidence.Of(Cells.Metric("calibration_slope", slope, below ? minSlope : maxSlope)),
                slope.Value,
                slope.Lower,
                slope.Upper,
                below ? "too extreme (overconfident)" : "too moderate (underconfident)",
                below ? minSlope : maxSlope);
        }

        context.ReportProgress(1);
    }

    /// <summary>
    /// The summary's evidence: the metrics, the bin table, the reliability diagram (each non-empty bin's observed rate with
    /// its Wilson interval at the bin's mean score, so a bin of 3 rows shows as uncertain as it is) and the histogram of
    /// scores (rows per bin).
    /// </summary>
    /// <param name="reliability">The bins.</param>
    /// <param name="brier">The Brier score.</param>
    /// <param name="slope">The calibration slope.</param>
    /// <param name="intercept">The calibration intercept.</param>
    /// <returns>The evidence.</returns>
    internal static Evidence SummaryEvidence(ReliabilityBins reliability, Interval brier, Interval slope, Interval intercept)
    {
        var bins = reliability.Count;
        var filled = Enumerable.Range(0, bins).Where(b => reliability.Counts[b] > 0).ToArray();
        var observed = filled.Select(reliability.ObservedInterval).ToArray();
        var diagram = new ChartSpec(
            ChartKind.Line,
            $"Reliability diagram ({bins} equal-width bins)",
            "Mean score in bin",
            "Observed positive rate",
            [
                new ChartSeries("Observed rate (95% CI)", [.. filled.Select(b => reliability.MeanScore[b])], [.. observed.Select(o => o.Value)])
                {
                    Lower = [.. observed.Select(o => o.Lower)],
                    Upper = [.. observed.Select(o => o.Upper)],
                },
                new ChartSeries("Perfect calibration", [0, 1], [0, 1]),
            ])
        {
            Subtitle = "Wilson 95% CI per bin; rows per bin, lowest scores first: " + string.Join(", ", filled.Select(b => Cells.Count(reliability.Counts[b]))),
        };
        var histogram = new ChartSpec(
            ChartKind.Bar,
            $"Distribution of scores ({bins} equal-width bins)",
            "Score bin",
            "Rows",
            [new ChartSeries("Rows", [], [.. reliability.Counts.Select(c => (double)c)])],
            [.. Enumerable.Range(0, bins).Select(reliability.Range)]);
        var table = new EvidenceTable(
            "Reliability bins",
            ["Score bin", "Rows", "Positives", "Mean score", "Observed rate [Wilson 95% CI]"],
            [.. filled.Select((b, i) => (IReadOnlyList<string>)
            [
                reliability.Range(b),
                Cells.Count(reliability.Counts[b]),
                Cells.Count(reliability.Positives[b]),
                Cells.Number(reliability.MeanScore[b]),
                Cells.WithInterval(observed[i]),
            ])]);
        var metrics = new[]
        {
            Cells.Metric("brier", brier),
            new EvidenceMetric("ece", reliability.Ece),
            Cells.Metric("calibration_slope", slope),
            Cells.Metric("calibration_intercept", intercept),
        };
        return new Evidence(Metrics: metrics, Tables: [table], Charts: [diagram, histogram]);
    }
}
