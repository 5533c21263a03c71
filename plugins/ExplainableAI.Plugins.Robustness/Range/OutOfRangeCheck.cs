using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Out-of-range inputs: each numeric feature set, in every row, below the reference minimum and above the reference
/// maximum by a multiple of the reference range; the outputs must stay bounded (finite, and within [0, 1] for a
/// classifier's probability).
/// </summary>
[AuditCheck]
public sealed class OutOfRangeCheck : AuditCheck
{
    /// <summary>The option of how many reference ranges beyond the minimum and maximum the probe goes.</summary>
    public const string RangeMultipleOption = "range_multiple";

    /// <summary>XAI4006: outputs are not bounded for inputs beyond the reference range.</summary>
    public static readonly RuleDescriptor Rule = new(
        RobustnessRuleIds.OutOfRangeOutputInvalid,
        "Output invalid for an out-of-range input",
        "With feature '{0}' at {1} the model {2}",
        CheckFamily.Robustness,
        Severity.Error,
        "Sets one numeric feature in every evaluation row to min - k x range and, in a second batch, to max + k x range "
        + "(min, max and range = max - min of the reference data when registered, else the evaluation data; k = "
        + "range_multiple). Reported when the model throws, or returns NaN or infinity, or, for a binary classifier, a "
        + "probability outside [0, 1]: an implausible value from a broken device or a typo must not crash the system or "
        + "produce a meaningless score. Physiological limits cannot be declared in the manifest yet; the reference range "
        + "stands in for them.",
        ["EU-AIA-ART15-4", "EU-AIA-ART13-3B-III", "JP-MLQM-SW-RELIABILITY", "JP-MLQM-EXT-RISK-AVOIDANCE", "GMLP-P6", "ISO-TR24029-1"],
        [new RuleOption(RangeMultipleOption, 1, "How many reference ranges below the minimum and above the maximum the probed values lie (k). Default 1.")]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = await ProbeSession.OpenAsync(context, cancellationToken).ConfigureAwait(false);
        var k = context.Option(Rule, RangeMultipleOption);
        var probability = session.Model.Task != ModelTask.Regression;
        var numeric = Enumerable.Range(0, session.Width).Where(f => session.Spreads[f].IsNumeric && session.Spreads[f].HasValues).ToArray();
        var done = 0;
        foreach (var f in numeric)
        {
            var spread = session.Spreads[f];
            var name = spread.Feature.Name;
            var range = spread.Max - spread.Min;
            foreach (var (side, value) in new[] { ("low", spread.Min - (k * range)), ("high", spread.Max + (k * range)) })
            {
                cancellationToken.ThrowIfCancellationRequested();
                var values = session.CopyValues();
                for (var r = 0; r < session.Rows; r++)
                {
                    values[(r * session.Width) + f] = value;
                }

                var subject = name + ":" + side;
                var shown = value.ToString("G6", CultureInfo.InvariantCulture);
                double[] scores;
                try
                {
                    scores = session.Predict(values, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    context.Measure("invalid_output_rate", 1, subject);
                    context.Report(Rule, FindingLocation.ForColumn(name), Evidence.None, name, shown, "throws " + Text.OneLine(exception));
                    continue;
                }

                var nonFinite = scores.Count(s => !double.IsFinite(s));
                var outside = probability ? scores.Count(s => double.IsFinite(s) && (s < 0 || s > 1)) : 0;
                var invalid = nonFinite + outside;
                context.Measure("invalid_output_rate", scores.Length == 0 ? 0 : invalid / (double)scores.Length, subject);
                context.Measure("flip_rate", session.Compare(scores).FlipRate, subject);
                if (invalid > 0)
                {
                    var what = string.Create(CultureInfo.InvariantCulture, $"returns NaN or infinity for {nonFinite} and a probability outside [0, 1] for {outside} of {scores.Length} rows");
                    var evidence = Evidence.Of(new EvidenceMetric("non_finite_outputs", nonFinite), new EvidenceMetric("outputs_outside_unit_interval", outside));
                    context.Report(Rule, FindingLocation.ForColumn(name), evidence, name, shown, what);
                }
            }

            context.ReportProgress(++done / (double)numeric.Length);
        }
    }
}
