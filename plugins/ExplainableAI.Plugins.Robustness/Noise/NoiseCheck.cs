using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Measurement noise: Gaussian noise on every numeric feature at three levels relative to the feature's standard
/// deviation, and categorical or boolean values switched to another level at the same rates; how many decisions flip
/// at the operating threshold, how far the scores move, and how much AUROC is lost.
/// </summary>
[AuditCheck]
public sealed class NoiseCheck : AuditCheck
{
    /// <summary>The option of the flip rate at the lowest level above which XAI4001 is reported.</summary>
    public const string MaxFlipRateOption = "max_flip_rate";

    /// <summary>The options of the three noise levels, as fractions of each feature's standard deviation.</summary>
    public static readonly IReadOnlyList<string> LevelOptions = ["level_low", "level_mid", "level_high"];

    /// <summary>The option of the number of bootstrap resamples of the AUROC drop's interval (0: DeLong's paired interval).</summary>
    public const string BootstrapSamplesOption = ProbeOptions.BootstrapSamples;

    /// <summary>The option of the number of rows probed (a stratified sample of larger data).</summary>
    public const string ProbeSampleRowsOption = ProbeOptions.SampleRows;

    private const string NoiseAxis = "Noise level (% of each feature's standard deviation)";

    /// <summary>XAI4001: decisions flip under small measurement noise.</summary>
    public static readonly RuleDescriptor FlipRule = new(
        RobustnessRuleIds.NoiseFlipsDecisions,
        "Decisions flip under small measurement noise",
        "Noise of {0:P0} of each feature's standard deviation flips {1:P1} of decisions at threshold {2}, above {3:P1}",
        CheckFamily.Robustness,
        Severity.Warning,
        "Adds Gaussian noise N(0, (level x sd)^2) to every numeric feature (sd from the reference data when registered, "
        + "else the evaluation data; missing values stay missing) and switches categorical and boolean values to another "
        + "level, chosen uniformly, with probability equal to the level. The flip rate is the share of rows whose decision "
        + "(score at least the operating threshold) changes; a NaN or infinite output counts as a flip. Reported when the "
        + "flip rate at the lowest level (level_low) is above max_flip_rate: measurement noise of that size is routine in "
        + "clinical data, and decisions that change under it are arbitrary for patients near the threshold. The rows probed "
        + "are every evaluation row, or a label-stratified sample of probe_sample_rows rows of larger data.",
        ["EU-AIA-ART15-1", "EU-AIA-ART15-4", "EU-AIA-ANNEX4-2G", "JP-MLQM-MODEL-STABILITY", "GMLP-P6", "GMLP-P8", "ISO-TR24029-1"],
        [
            new RuleOption(MaxFlipRateOption, 0.05, "Flip rate (0 to 1) at the lowest noise level above which the rule is reported. Default 0.05."),
            new RuleOption(LevelOptions[0], 0.01, "Lowest noise level, as a fraction of each feature's standard deviation. Default 0.01."),
            new RuleOption(LevelOptions[1], 0.05, "Middle noise level. Default 0.05."),
            new RuleOption(LevelOptions[2], 0.10, "Highest noise level. Default 0.1."),
            ProbeOptions.BootstrapSamplesOption,
            ProbeOptions.SampleRowsOption,
        ]);

    /// <summary>XAI4002: the degradation profile under noise, always reported so the curve is in the report.</summary>
    public static readonly RuleDescriptor ProfileRule = new(
        RobustnessRuleIds.NoiseProfile,
        "Degradation under measurement noise",
        "Under noise of {0} of each feature's standard deviation, decision flip rates are {1}",
        CheckFamily.Robustness,
        Severity.Info,
        "Always reported when the noise probe runs: the degradation curve as evidence for the robustness section of the "
        + "technical documentation, one panel per metric (the decision flip rate and, with a binary label, the AUROC drop "
        + "with its 95 % paired interval, against the noise level), a table by noise level (flip rate, mean "
        + "|score change|, AUROC with noise, AUROC drop) and the flip rate of each sensitive-attribute group at each level.",
        ["EU-AIA-ART13-3B-II", "EU-AIA-ANNEX4-2G", "JP-MLQM-MODEL-STABILITY"]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [FlipRule, ProfileRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = await ProbeSession.OpenSampledAsync(context, FlipRule, cancellationToken).ConfigureAwait(false);
        var levels = LevelOptions.Select(o => context.Option(FlipRule, o)).ToArray();
        var bootstrap = context.OptionInteger(FlipRule, BootstrapSamplesOption);
        var maxFlipRate = context.Option(FlipRule, MaxFlipRateOption);
        var changes = new ScoreChange[levels.Length];
        var intervals = new (double Lower, double Upper)?[levels.Length];
        var metrics = new List<EvidenceMetric>();
        var groups = new List<IReadOnlyList<GroupImpact>>();
        var perturbations = levels.Select(level => (Perturbation)(values => Perturb(session, values, level, context.Random))).ToList();
        foreach (var (i, scores, error) in session.Run(perturbations, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (scores is null)
            {
                throw error!;
            }

            var change = changes[i] = session.Compare(scores);
            var subject = Subject(levels[i]);
            context.Measure("flip_rate", change.FlipRate, subject);
            context.Measure("mean_abs_score_change", change.MeanAbsScoreChange, subject);
            var impacts = session.GroupImpact(scores);
            GroupEvidence.Publish(context, subject, impacts);
            groups.Add(impacts);
            metrics.Add(new EvidenceMetric($"flip_rate_{subject}", change.FlipRate, Threshold: i == 0 ? maxFlipRate : null));
            if (!double.IsNaN(change.AurocDrop))
            {
                var ci = intervals[i] = session.AurocDropInterval(change, scores, context.Random, bootstrap, cancellationToken);
                context.Measure("auroc_drop", change.AurocDrop, subject, ci?.Lower, ci?.Upper);
                metrics.Add(new EvidenceMetric($"auroc_drop_{subject}", change.AurocDrop, ci?.Lower, ci?.Upper));
            }

            context.ReportProgress((i + 1.0) / levels.Length);
        }

        metrics.Add(session.ProbedRows);

        // The profile (XAI4002) carries the curve, the table by level and the groups; XAI4001 only what it judges, so
        // nothing is shown twice.
        var groupTable = GroupEvidence.Across(
            "Decision flip rate by group and noise level (worst group at the highest level first)",
            [.. levels.Select(l => $"At {Cells.Level(l)} noise")],
            groups);
        var charts = new List<ChartSpec> { FlipChart(session, levels, changes) };
        if (session.Outcomes is not null)
        {
            charts.Add(AurocChart(levels, changes, intervals, bootstrap));
        }

        var tables = new List<EvidenceTable> { LevelTable(levels, changes, intervals) };
        if (groupTable is not null)
        {
            tables.Add(groupTable);
        }

        var rates = string.Join(", ", changes.Select(c => c.FlipRate.ToString("P1", CultureInfo.InvariantCulture)));
        var names = string.Join(", ", levels.Select(l => l.ToString("P0", CultureInfo.InvariantCulture)));
        context.Report(ProfileRule, FindingLocation.Dataset, new Evidence(metrics, tables, charts), names, rates);
        if (changes[0].FlipRate > maxFlipRate)
        {
            List<EvidenceMetric> judged = [new("flip_rate", changes[0].FlipRate, Threshold: maxFlipRate), session.ProbedRows];
            if (!double.IsNaN(changes[0].AurocDrop))
            {
                judged.Add(new EvidenceMetric("auroc_drop", changes[0].AurocDrop, intervals[0]?.Lower, intervals[0]?.Upper));
            }

            context.Report(FlipRule, FindingLocation.Dataset, new Evidence(judged), levels[0], changes[0].FlipRate, session.Threshold, maxFlipRate);
        }
    }

    /// <summary>The measurement subject of a level, such as <c>noise=0.01</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The subject.</returns>
    internal static string Subject(double level) => "noise=" + level.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Adds noise to a copy of the probed rows' values, in place.</summary>
    /// <param name="session">The session.</param>
    /// <param name="values">The copy, row-major.</param>
    /// <param name="level">Noise level as a fraction of the standard deviation, and the switch probability of categories.</param>
    /// <param name="random">The seeded source.</param>
    internal static void Perturb(ProbeSession session, Span<double> values, double level, Random random)
    {
        var width = session.Width;
        for (var r = 0; r < session.Rows; r++)
        {
            for (var f = 0; f < width; f++)
            {
                var index = (r * width) + f;
                var v = values[index];
                var spread = session.Spreads[f];
                if (double.IsNaN(v))
                {
                    continue;
                }

                if (spread.IsNumeric)
                {
                    values[index] = v + (level * spread.Std * Gaussian.Next(random));
                }
                else if (spread.LevelCount >= 2 && random.NextDouble() < level)
                {
                    // Another level, uniformly: draw among the other k − 1 and skip over the current one.
                    var other = random.Next(spread.LevelCount - 1);
                    values[index] = other >= v ? other + 1 : other;
                }
            }
        }
    }

    // Rates of rows and AUROC differ in scale and unit, so each has its own panel.
    private static ChartSpec FlipChart(ProbeSession session, double[] levels, ScoreChange[] changes) =>
        new(ChartKind.Line, "Decision flip rate under measurement noise", NoiseAxis, Words.FlipRateAxis, [new ChartSeries(Words.FlipRate, Percents(levels), [.. changes.Select(c => c.FlipRate)])])
        {
            Subtitle = string.Create(CultureInfo.InvariantCulture, $"{Cells.Integer(session.Rows)} rows, decision threshold {session.Threshold}"),
        };

    // The drop with its paired interval as whiskers (NaN where a level has none); the dashed line is no loss.
    private static ChartSpec AurocChart(double[] levels, ScoreChange[] changes, (double Lower, double Upper)?[] intervals, int bootstrap)
    {
        var series = new ChartSeries(Words.AurocDrop, Percents(levels), [.. changes.Select(c => c.AurocDrop)])
        {
            Lower = [.. intervals.Select(ci => ci?.Lower ?? double.NaN)],
            Upper = [.. intervals.Select(ci => ci?.Upper ?? double.NaN)],
        };
        var baseline = Cells.Fixed(changes[0].AurocBaseline, 3);
        return new ChartSpec(ChartKind.Line, "AUROC drop under measurement noise", NoiseAxis, "AUROC drop (without noise \u2212 with noise)", [series])
        {
            ReferenceValue = 0,
            Subtitle = string.Format(CultureInfo.InvariantCulture, Words.AurocDropSubtitleFor(intervals.Any(ci => ci is not null), bootstrap), baseline),
        };
    }

    private static EvidenceTable LevelTable(double[] levels, ScoreChange[] changes, (double Lower, double Upper)?[] intervals) =>
        new(
            "Degradation by noise level",
            ["Noise (% of standard deviation)", Words.FlipRate, Words.MeanScoreChange, "AUROC with noise", Words.AurocDropWithInterval],
            [.. levels.Select((level, i) => (IReadOnlyList<string>)[
                Cells.Level(level),
                Cells.Percent(changes[i].FlipRate),
                Cells.Fixed(changes[i].MeanAbsScoreChange, 4),
                Cells.Fixed(changes[i].AurocPerturbed, 3),
                Cells.Interval(changes[i].AurocDrop, intervals[i])])]);

    private static double[] Percents(double[] levels) => [.. levels.Select(l => l * 100)];
}
