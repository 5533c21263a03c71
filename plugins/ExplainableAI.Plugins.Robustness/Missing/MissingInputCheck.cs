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
        + "The evidence ranks every feature by flip rate (worst first).",
        ["EU-AIA-ART15-4", "EU-AIA-ART13-3B-II", "JP-MLQM-MODEL-STABILITY", "JP-MLQM-DATA-ADEQUACY", "GMLP-P6"],
        [
            new RuleOption(MaxFlipRateOption, 0.2, "Flip rate (0 to 1) above which a feature made missing is reported. Default 0.2."),
            new RuleOption(JointFeaturesOption, 3, "How many features with the highest single flip rates are also made missing together (measured as subject 'together:a+b+c'); 0 or 1 to skip. Default 3."),
        ]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [FailsRule, FlipsRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = await ProbeSession.OpenAsync(context, cancellationToken).ConfigureAwait(false);
        var maxFlipRate = context.Option(FlipsRule, MaxFlipRateOption);
        var silent = new List<(string Feature, ScoreChange Change)>();
        var variants = new List<double[]>(session.Width);
        for (var f = 0; f < session.Width; f++)
        {
            var values = session.CopyValues();
            for (var r = 0; r < session.Rows; r++)
            {
                values[(r * session.Width) + f] = double.NaN;
            }

            variants.Add(values);
        }

        var predicted = session.PredictEach(variants, cancellationToken);
        for (var f = 0; f < session.Width; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = session.Matrix.Features[f].Name;
            var (scores, error) = predicted[f];
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
                context.Measure("auroc_drop", change.AurocDrop, name);
            }

            if (change.NonFiniteOutputs > 0)
            {
                var what = string.Create(CultureInfo.InvariantCulture, $"returns NaN or infinity for {change.NonFiniteOutputs} of {session.Rows} rows");
                context.Report(FailsRule, FindingLocation.ForColumn(name), Evidence.Of(new EvidenceMetric("non_finite_outputs", change.NonFiniteOutputs)), name, what);
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

        MeasureTogether(context, session, [.. ranked.Take((int)context.Option(FlipsRule, JointFeaturesOption)).Select(s => s.Feature)], cancellationToken);

        var table = new EvidenceTable(
            "Features made missing, worst first",
            ["feature", "flip rate", "mean |score change|", "AUROC drop"],
            [.. ranked.Take(10).Select(s => (IReadOnlyList<string>)[
                s.Feature,
                s.Change.FlipRate.ToString("P1", CultureInfo.InvariantCulture),
                s.Change.MeanAbsScoreChange.ToString("F3", CultureInfo.InvariantCulture),
                double.IsNaN(s.Change.AurocDrop) ? "n/a" : s.Change.AurocDrop.ToString("F3", CultureInfo.InvariantCulture)])]);
        var chart = new ChartSpec(
            ChartKind.Bar,
            "Decision flip rate when a feature is missing",
            "feature",
            "flip rate",
            [new ChartSeries("flip rate", [.. ranked.Select((_, i) => (double)i)], [.. ranked.Select(s => s.Change.FlipRate)])],
            [.. ranked.Select(s => s.Feature)]);
        foreach (var (feature, change) in ranked.Where(s => s.Change.FlipRate > maxFlipRate))
        {
            List<EvidenceMetric> metrics = [new("flip_rate", change.FlipRate, Threshold: maxFlipRate), new("mean_abs_score_change", change.MeanAbsScoreChange)];
            if (!double.IsNaN(change.AurocDrop))
            {
                metrics.Add(new EvidenceMetric("auroc_drop", change.AurocDrop));
            }

            var evidence = new Evidence(
                metrics,
                [table],
                [chart]);
            context.Report(FlipsRule, FindingLocation.ForColumn(feature), evidence, feature, change.FlipRate, session.Threshold, maxFlipRate, change.AurocDrop);
        }
    }

    // Several labs are often missing together (a panel not yet resulted): the worst features made missing at once.
    private static void MeasureTogether(CheckContext context, ProbeSession session, IReadOnlyList<string> features, CancellationToken cancellationToken)
    {
        if (features.Count < 2)
        {
            return;
        }

        var indices = features.Select(name => session.Matrix.Features.Select(f => f.Name).ToList().IndexOf(name)).ToArray();
        var values = session.CopyValues();
        for (var r = 0; r < session.Rows; r++)
        {
            foreach (var f in indices)
            {
                values[(r * session.Width) + f] = double.NaN;
            }
        }

        var subject = "together:" + string.Join("+", features);
        double[] scores;
        try
        {
            scores = session.Predict(values, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            context.Measure("missing_input_error", 1, subject);
            return;
        }

        var change = session.Compare(scores);
        context.Measure("flip_rate", change.FlipRate, subject);
        context.Measure("mean_abs_score_change", change.MeanAbsScoreChange, subject);
        if (!double.IsNaN(change.AurocDrop))
        {
            context.Measure("auroc_drop", change.AurocDrop, subject);
        }
    }
}
