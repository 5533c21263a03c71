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

    /// <summary>The option of the number of bootstrap resamples of the AUROC drop's interval (0: DeLong's paired interval).</summary>
    public const string BootstrapSamplesOption = ProbeOptions.BootstrapSamples;

    /// <summary>The option of the number of rows probed (a stratified sample of larger data).</summary>
    public const string ProbeSampleRowsOption = ProbeOptions.SampleRows;

    /// <summary>XAI4006: outputs are not bounded for inputs beyond the reference range.</summary>
    public static readonly RuleDescriptor Rule = new(
        RobustnessRuleIds.OutOfRangeOutputInvalid,
        "Output invalid for an out-of-range input",
        "With feature '{0}' at {1} the model {2}",
        CheckFamily.Robustness,
        Severity.Error,
        "Sets one numeric feature in every evaluation row to min - k x range and, in a second batch, to max + k x range "
        + "(min, max and range = max - min of the reference data when registered, else the evaluation data; k = "
        + "range_multiple). When the manifest declares physiological limits (data.features.<name>.min / max), also probes "
        + "beyond them: declared min - k x span and declared max + k x span (span = declared max - min when both are "
        + "declared, else the reference range), values no patient can have. Reported when the model throws, or returns "
        + "NaN or infinity, or, for a binary classifier, a probability outside [0, 1]: an implausible value from a broken "
        + "device or a typo must not crash the system or produce a meaningless score. Every probe publishes flip_rate, "
        + "mean_abs_score_change and, with labels, auroc_drop with a paired 95 % interval. The rows probed are every "
        + "evaluation row, or a label-stratified sample of probe_sample_rows rows of larger data.",
        ["EU-AIA-ART15-4", "EU-AIA-ART13-3B-III", "JP-MLQM-SW-RELIABILITY", "JP-MLQM-EXT-RISK-AVOIDANCE", "GMLP-P6", "ISO-TR24029-1"],
        [
            new RuleOption(RangeMultipleOption, 1, "How many reference ranges below the minimum and above the maximum the probed values lie (k). Default 1."),
            ProbeOptions.BootstrapSamplesOption,
            ProbeOptions.SampleRowsOption,
        ]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = await ProbeSession.OpenSampledAsync(context, Rule, cancellationToken).ConfigureAwait(false);
        var k = context.Option(Rule, RangeMultipleOption);
        var bootstrap = context.OptionInteger(Rule, BootstrapSamplesOption);
        var probability = session.Model.Task != ModelTask.Regression;
        var numeric = Enumerable.Range(0, session.Width).Where(f => session.Spreads[f].IsNumeric && session.Spreads[f].HasValues).ToArray();
        var probes = new List<(int Feature, string Side, double Value)>();
        foreach (var f in numeric)
        {
            var spread = session.Spreads[f];
            var range = spread.Max - spread.Min;
            probes.Add((f, "low", spread.Min - (k * range)));
            probes.Add((f, "high", spread.Max + (k * range)));

            // Declared physiological limits: a value beyond them is impossible, the model must still answer sanely.
            var facts = context.Registration.FactsFor(spread.Feature.Name);
            var span = facts is { Minimum: { } lo, Maximum: { } hi } ? hi - lo : range;
            if (facts.Minimum is { } min)
            {
                probes.Add((f, "below_limit", min - (k * span)));
            }

            if (facts.Maximum is { } max)
            {
                probes.Add((f, "above_limit", max + (k * span)));
            }
        }

        var perturbations = probes.Select(p => (Perturbation)(values =>
        {
            for (var r = 0; r < session.Rows; r++)
            {
                values[(r * session.Width) + p.Feature] = p.Value;
            }
        })).ToList();
        foreach (var (i, scores, error) in session.Run(perturbations, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (f, side, value) = probes[i];
            var name = session.Matrix.Features[f].Name;
            var subject = name + ":" + side;
            var shown = value.ToString("G6", CultureInfo.InvariantCulture);
            if (scores is null)
            {
                context.Measure("invalid_output_rate", 1, subject);
                context.Report(Rule, FindingLocation.ForColumn(name), Evidence.None, name, shown, "throws " + Text.OneLine(error!));
                continue;
            }

            var nonFinite = scores.Count(s => !double.IsFinite(s));
            var outside = probability ? scores.Count(s => double.IsFinite(s) && (s < 0 || s > 1)) : 0;
            var invalid = nonFinite + outside;
            context.Measure("invalid_output_rate", scores.Length == 0 ? 0 : invalid / (double)scores.Length, subject);
            var change = session.Compare(scores);
            context.Measure("flip_rate", change.FlipRate, subject);
            context.Measure("mean_abs_score_change", change.MeanAbsScoreChange, subject);
            if (!double.IsNaN(change.AurocDrop))
            {
                var ci = session.AurocDropInterval(change, scores, context.Random, bootstrap, cancellationToken);
                context.Measure("auroc_drop", change.AurocDrop, subject, ci?.Lower, ci?.Upper);
            }

            if (invalid > 0)
            {
                var what = string.Create(CultureInfo.InvariantCulture, $"returns NaN or infinity for {nonFinite} and a probability outside [0, 1] for {outside} of {scores.Length} rows");
                var impacts = session.GroupImpact(scores);
                GroupEvidence.Publish(context, subject, impacts);
                var evidence = GroupEvidence.With(
                    Evidence.Of(new EvidenceMetric("non_finite_outputs", nonFinite), new EvidenceMetric("outputs_outside_unit_interval", outside), session.ProbedRows),
                    $"Decision flip rate by group with '{name}' set to {Cells.General(value)}, worst first",
                    impacts);
                context.Report(Rule, FindingLocation.ForColumn(name), evidence, name, shown, what);
            }

            context.ReportProgress((i + 1.0) / probes.Count);
        }
    }
}
