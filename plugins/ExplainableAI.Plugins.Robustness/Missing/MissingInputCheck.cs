using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Missing inputs: each feature made missing (NaN) in every row in turn. A model that throws or answers NaN is a finding;
/// a model that silently reads the gap as some value is measured by how many decisions flip and how much AUROC is lost.
/// </summary>
[AuditCheck]
public sealed class MissingInputCheck : AuditCheck
{
    /// <summary>The option of the flip rate above which a missing feature is reported.</summary>
    public const string MaxFlipRateOption = "max_flip_rate";

    /// <summary>The option of how many of the most disruptive features are also made missing together.</summary>
    public const string JointFeaturesOption = "joint_features";

    /// <summary>The option of the number of bootstrap resamples of the AUROC drop's interval (0: DeLong's paired interval).</summary>
    public const string BootstrapSamplesOption = ProbeOptions.BootstrapSamples;

    /// <summary>The option of the number of rows probed (a stratified sample of larger data).</summary>
    public const string ProbeSampleRowsOption = ProbeOptions.SampleRows;

    /// <summary>XAI4003: the model throws or returns a non-finite output when an input is missing.</summary>
    public static readonly RuleDescriptor FailsRule = new(
        RobustnessRuleIds.MissingInputFails,
        "Model fails when an input is missing",
        "When feature '{0}' is missing the model {1}",
        CheckFamily.Robustness,
        Severity.Error,
        "Sets one feature to missing (NaN) in every evaluation row and predicts the batch. Reported when the model throws "
        + "(the exception's type and message are shown) or returns NaN or infinity for any row: in a hospital a lab value "
        + "is often not yet available, and the system must either handle it or refuse visibly in a way the integration can "
        + "catch, never hand a NaN to a decision rule.",
        ["EU-AIA-ART15-4", "EU-AIA-ART15-1", "JP-MLQM-SW-RELIABILITY", "JP-MLQM-MODEL-STABILITY", "GMLP-P6", "ISO-TR24029-1"]);

    /// <summary>XAI4004: a missing input silently flips many decisions.</summary>
    public static readonly RuleDescriptor FlipsRule = new(
        RobustnessRuleIds.MissingInputFlipsDecisions,
        "A missing input silently flips many decisions",
        "Making feature '{0}' missing flips {1:P1} of decisions at threshold {2} without any error, above {3:P1} (AUROC drop {4:F3})",
        CheckFamily.Robustness,
        Severity.Warning,
        "Sets one feature to missing in every row; when the model answers without an error, the flip rate is the share of "
        + "rows whose decision changes. Reported per feature when above max_flip_rate: the model silently imputes a value "
        + "that changes many decisions, so a missing lab must be shown to the user and the model's behaviour documented. "
        + "The worst feature's finding ranks every feature by flip rate (worst first) and shows the flip rate and AUROC drop "
        + "as the most disruptive features go missing together; each finding shows its feature's groups. The rows probed "
        + "are every evaluation row, or a label-stratified sample of probe_sample_rows rows of larger data.",
        ["EU-AIA-ART15-4", "EU-AIA-ART13-3B-II", "JP-MLQM-MODEL-STABILITY", "JP-MLQM-DATA-ADEQUACY", "GMLP-P6"],
        [
            new RuleOption(MaxFlipRateOption, 0.2, "Flip rate (0 to 1) above which a feature made missing is reported. Default 0.2."),
            RuleOption.Integer(JointFeaturesOption, 3, "How many features with the highest single flip rates are also made missing together, cumulatively (the worst two as 'together:a+b', the worst three as 'together:a+b+c', ...): the degradation curve. 0 or 1 to skip. Default 3."),
            ProbeOptions.BootstrapSamplesOption,
            ProbeOptions.SampleRowsOption,
        ]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [FailsRule, FlipsRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = await ProbeSession.OpenSampledAsync(context, FlipsRule, cancellationToken).ConfigureAwait(false);
        var maxFlipRate = context.Option(FlipsRule, MaxFlipRateOption);
        var bootstrap = context.OptionInteger(FlipsRule, BootstrapSamplesOption);
        var silent = new List<(string Feature, ScoreChange Change)>();
        var intervals = new Dictionary<string, (double Lower, double Upper)?>(StringComparer.Ordinal);
        var groups = new Dictionary<string, IReadOnlyList<GroupImpact>>(StringComparer.Ordinal);
        var perturbations = Enumerable.Range(0, session.Width).Select(f => Missing(session, [f])).ToList();
        foreach (var (f, scores, error) in session.Run(perturbations, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = session.Matrix.Features[f].Name;
            if (scores is null)
            {
                context.Measure("missing_input_error", 1, name);
                context.Report(FailsRule, FindingLocation.ForColumn(name), Evidence.None, name, "throws " + Text.OneLine(error!));
                continue;
            }

            var change = session.Compare(scores);
            context.Measure("missing_input_error", 0, name);
            context.Measure("non_finite_outputs", change.NonFiniteOutputs, name);
            context.Measure("flip_rate", change.FlipRate, name);
            context.Measure("mean_abs_score_change", change.MeanAbsScoreChange, name);
            if (!double.IsNaN(change.AurocDrop))
            {
                var ci = intervals[name] = session.AurocDropInterval(change, scores, context.Random, bootstrap, cancellationToken);
                context.Measure("auroc_drop", change.AurocDrop, name, ci?.Lower, ci?.Upper);
            }

            groups[name] = session.GroupImpact(scores);
            GroupEvidence.Publish(context, name, groups[name]);
            if (change.NonFiniteOutputs > 0)
            {
                var what = string.Create(CultureInfo.InvariantCulture, $"returns NaN or infinity for {change.NonFiniteOutputs} of {session.Rows} rows");
                context.Report(FailsRule, FindingLocation.ForColumn(name), Evidence.Of(new EvidenceMetric("non_finite_outputs", change.NonFiniteOutputs), session.ProbedRows), name, what);
            }
            else
            {
                silent.Add((name, change));
            }

            context.ReportProgress((f + 1.0) / session.Width);
        }

        var ranked = silent.OrderByDescending(s => s.Change.FlipRate).ThenBy(s => s.Feature, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0)
        {
            return;
        }

        var curves = MeasureTogether(context, session, ranked, intervals, context.OptionInteger(FlipsRule, JointFeaturesOption), bootstrap, cancellationToken);
        var table = new EvidenceTable(
            ranked.Count > 10 ? "Features made missing in every row, the 10 worst" : "Features made missing in every row, worst first",
            ["Feature made missing", Words.FlipRate, Words.MeanScoreChange, Words.AurocDropWithInterval],
            [.. ranked.Take(10).Select(s => (IReadOnlyList<string>)[
                s.Feature,
                Cells.Percent(s.Change.FlipRate),
                Cells.Fixed(s.Change.MeanAbsScoreChange, 4),
                Cells.Interval(s.Change.AurocDrop, intervals.GetValueOrDefault(s.Feature))])]);
        var chart = new ChartSpec(
            ChartKind.Bar,
            "Decision flip rate when each feature is missing",
            "Feature made missing in every row",
            Words.FlipRateAxis,
            [new ChartSeries(Words.FlipRate, [.. ranked.Select((_, i) => (double)i)], [.. ranked.Select(s => s.Change.FlipRate)])],
            [.. ranked.Select(s => s.Feature)])
        {
            // The dashed line is the rule's threshold: the bars above it are the findings.
            ReferenceValue = maxFlipRate,
            Subtitle = string.Create(CultureInfo.InvariantCulture, $"Dashed line: reporting threshold {maxFlipRate}"),
        };

        // The ranking and the curves compare the features, so they are shown once, with the worst feature's finding;
        // every finding carries its own numbers and groups.
        var shared = true;
        foreach (var (feature, change) in ranked.Where(s => s.Change.FlipRate > maxFlipRate))
        {
            List<EvidenceMetric> metrics = [new("flip_rate", change.FlipRate, Threshold: maxFlipRate), new("mean_abs_score_change", change.MeanAbsScoreChange)];
            if (!double.IsNaN(change.AurocDrop))
            {
                var ci = intervals.GetValueOrDefault(feature);
                metrics.Add(new EvidenceMetric("auroc_drop", change.AurocDrop, ci?.Lower, ci?.Upper));
            }

            metrics.Add(session.ProbedRows);

            var evidence = shared ? new Evidence(metrics, [table], [chart, .. curves]) : new Evidence(metrics);
            shared = false;
            evidence = GroupEvidence.With(evidence, $"Decision flip rate by group when '{feature}' is missing, worst first", groups[feature]);
            context.Report(FlipsRule, FindingLocation.ForColumn(feature), evidence, feature, change.FlipRate, session.Threshold, maxFlipRate, change.AurocDrop);
        }
    }

    // Several labs are often missing together (a panel not yet resulted): the worst features made missing at once,
    // cumulatively, give the degradation curve (performance against the number of missing features).
    // Flip rate and AUROC drop differ in scale and unit, so each has its own panel.
    private static IReadOnlyList<ChartSpec> MeasureTogether(CheckContext context, ProbeSession session, List<(string Feature, ScoreChange Change)> ranked, Dictionary<string, (double Lower, double Upper)?> intervals, int joint, int bootstrap, CancellationToken cancellationToken)
    {
        var count = Math.Min(joint, ranked.Count);
        if (count < 2)
        {
            return [];
        }

        var names = session.Matrix.Features.Select(f => f.Name).ToList();
        var perturbations = Enumerable.Range(2, count - 1).Select(k => Missing(session, [.. ranked.Take(k).Select(s => names.IndexOf(s.Feature))])).ToList();
        var x = new List<double> { 0, 1 };
        var flips = new List<double> { 0, ranked[0].Change.FlipRate };
        var first = intervals.GetValueOrDefault(ranked[0].Feature);
        var drops = new List<double> { 0, ranked[0].Change.AurocDrop };
        var lower = new List<double> { double.NaN, first?.Lower ?? double.NaN };
        var upper = new List<double> { double.NaN, first?.Upper ?? double.NaN };
        foreach (var (i, scores, _) in session.Run(perturbations, cancellationToken))
        {
            var k = i + 2;
            var subject = "together:" + string.Join("+", ranked.Take(k).Select(s => s.Feature));
            if (scores is null)
            {
                context.Measure("missing_input_error", 1, subject);
                break;
            }

            var change = session.Compare(scores);
            context.Measure("flip_rate", change.FlipRate, subject);
            context.Measure("mean_abs_score_change", change.MeanAbsScoreChange, subject);
            (double Lower, double Upper)? ci = null;
            if (!double.IsNaN(change.AurocDrop))
            {
                ci = session.AurocDropInterval(change, scores, context.Random, bootstrap, cancellationToken);
                context.Measure("auroc_drop", change.AurocDrop, subject, ci?.Lower, ci?.Upper);
            }

            x.Add(k);
            flips.Add(change.FlipRate);
            drops.Add(change.AurocDrop);
            lower.Add(ci?.Lower ?? double.NaN);
            upper.Add(ci?.Upper ?? double.NaN);
        }

        const string axis = "Features missing together (most disruptive first)";
        var order = string.Join(", ", ranked.Take(x.Count - 1).Select(s => s.Feature));
        List<ChartSpec> charts =
        [
            new(ChartKind.Line, "Decision flip rate as the most disruptive features go missing together", axis, Words.FlipRateAxis, [new ChartSeries(Words.FlipRate, x, flips)])
            {
                Subtitle = $"Made missing in this order: {order}",
            },
        ];
        if (session.Outcomes is not null)
        {
            var baseline = Cells.Fixed(ranked[0].Change.AurocBaseline, 3);
            var withIntervals = lower.Any(double.IsFinite);
            charts.Add(new ChartSpec(ChartKind.Line, "AUROC drop as the most disruptive features go missing together", axis, "AUROC drop (all present \u2212 with missing)", [new ChartSeries(Words.AurocDrop, x, drops) { Lower = lower, Upper = upper }])
            {
                ReferenceValue = 0,
                Subtitle = string.Format(CultureInfo.InvariantCulture, Words.AurocDropSubtitleFor(withIntervals, bootstrap), baseline),
            });
        }

        return charts;
    }

    // The given features made missing in every probed row.
    private static Perturbation Missing(ProbeSession session, int[] features) => values =>
    {
        for (var r = 0; r < session.Rows; r++)
        {
            foreach (var f in features)
            {
                values[(r * session.Width) + f] = double.NaN;
            }
        }
    };
}
