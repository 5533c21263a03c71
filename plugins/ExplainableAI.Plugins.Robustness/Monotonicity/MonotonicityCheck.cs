using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Monotonicity probing: for sampled rows, each numeric feature is swept over a grid of its reference percentiles in
/// one batch; the dominant direction of the score's response is found, and rows whose score moves against it are
/// counted as violations.
/// </summary>
[AuditCheck]
public sealed class MonotonicityCheck : AuditCheck
{
    /// <summary>The option of the violation rate above which a feature is reported.</summary>
    public const string MaxViolationRateOption = "max_violation_rate";

    /// <summary>The option of the number of sampled rows.</summary>
    public const string SampleSizeOption = "sample_size";

    /// <summary>The option of the number of grid points.</summary>
    public const string GridPointsOption = "grid_points";

    /// <summary>The option of the smallest score step that counts as a move.</summary>
    public const string ToleranceOption = "tolerance";

    /// <summary>XAI4007: the score is not monotone in a feature for many rows.</summary>
    public static readonly RuleDescriptor Rule = new(
        RobustnessRuleIds.NonMonotoneResponse,
        "Score is not monotone in a feature",
        "The score mostly {1} with feature '{0}' but moves against that direction for {2:P1} of sampled rows, above {3:P1}",
        CheckFamily.Robustness,
        Severity.Info,
        "For sample_size rows drawn with the audit seed, sets each numeric feature to grid_points values evenly spaced in "
        + "probability between its 1st and 99th reference percentiles (all in one batch per feature) and records the score "
        + "at each. Steps larger than tolerance count as moves; the dominant direction is the sign of the summed up-moves "
        + "minus the summed down-moves over all rows. A row violates when any of its steps moves against the dominant "
        + "direction. Reported, for features the manifest does not declare monotone, as information (a U-shaped risk such "
        + "as temperature may be correct) when the violation rate is above max_violation_rate; a feature declared monotone "
        + "is judged against its declared direction by XAI4010 instead. Publishes monotonicity_violation_rate and "
        + "monotonicity_direction (+1 increasing, -1 decreasing, 0 flat) for every numeric feature, so a reviewer can "
        + "compare them with the clinically expected directions.",
        ["EU-AIA-ART15-1", "EU-AIA-ART13-3B-III", "JP-MLQM-MODEL-STABILITY", "GMLP-P6", "GMLP-P8"],
        [
            new RuleOption(MaxViolationRateOption, 0.1, "Share of sampled rows (0 to 1) moving against the dominant direction above which a feature is reported. Default 0.1."),
            RuleOption.Integer(SampleSizeOption, 200, "Rows sampled with the audit seed (all rows when fewer). Default 200."),
            RuleOption.Integer(GridPointsOption, 11, "Grid points between the 1st and 99th reference percentiles (at least 3). Default 11."),
            new RuleOption(ToleranceOption, 0.01, "Smallest score step that counts as a move. Default 0.01."),
        ]);

    /// <summary>The option of the violation rate above which a feature declared monotone is reported.</summary>
    public const string MaxDeclaredViolationRateOption = "max_violation_rate";

    /// <summary>XAI4010: the score moves against the direction the manifest declares for a feature.</summary>
    public static readonly RuleDescriptor DeclaredRule = new(
        RobustnessRuleIds.DeclaredMonotonicityViolated,
        "Score moves against a declared monotone direction",
        "Feature '{0}' is declared {1} but the score moves against it for {2:P1} of sampled rows, above {3:P1} (largest step against it {4:F4})",
        CheckFamily.Robustness,
        Severity.Warning,
        "For each numeric model feature the manifest declares monotone (data.features.<name>.monotone: increasing or "
        + "decreasing), sweeps it as XAI4007 does (sample_size rows, grid_points values between its 1st and 99th reference "
        + "percentiles, options of XAI4007) and counts the rows with a step larger than tolerance against the declared "
        + "direction. Reported when that share is above max_violation_rate (default 0: any such row): the clinical "
        + "knowledge the registration states (risk must not fall when lactate rises) is broken, and a clinician reading "
        + "the score would be misled. The evidence shows the worst rows (only the swept feature and the score) and the "
        + "violation rate per sensitive-attribute group.",
        ["EU-AIA-ART15-1", "EU-AIA-ART13-3B-III", "JP-MLQM-MODEL-STABILITY", "JP-BIZ-SAFETY-1", "GMLP-P6", "GMLP-P8"],
        [new RuleOption(MaxDeclaredViolationRateOption, 0, "Share of sampled rows (0 to 1) moving against the declared direction above which a declared feature is reported. Default 0.")]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule, DeclaredRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = await ProbeSession.OpenAsync(context, cancellationToken).ConfigureAwait(false);
        var maxViolation = context.Option(Rule, MaxViolationRateOption);
        var maxDeclaredViolation = context.Option(DeclaredRule, MaxDeclaredViolationRateOption);
        var points = Math.Max(3, context.OptionInteger(Rule, GridPointsOption));
        var tolerance = context.Option(Rule, ToleranceOption);
        var rows = session.SampleRows(context.Random, context.OptionInteger(Rule, SampleSizeOption));
        if (rows.Length == 0)
        {
            context.Skip("no evaluation row can be probed");
            return;
        }

        var numeric = Enumerable.Range(0, session.Width).Where(f => session.Spreads[f].IsNumeric && session.Spreads[f].HasValues).ToArray();
        var grids = numeric.Select(f => Enumerable.Range(0, points).Select(i => session.Spreads[f].Quantile(0.01 + (0.98 * i / (points - 1)))).ToArray()).ToArray();
        var block = rows.Length * points;
        var batch = new double[numeric.Length * block * session.Width];
        for (var n = 0; n < numeric.Length; n++)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                for (var g = 0; g < points; g++)
                {
                    var b = (n * block) + (i * points) + g;
                    session.CopyRow(rows[i], batch, b);
                    batch[(b * session.Width) + numeric[n]] = grids[n][g];
                }
            }
        }

        // One model call for every feature's sweep.
        var all = session.Predict(batch, cancellationToken);
        for (var n = 0; n < numeric.Length; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var spread = session.Spreads[numeric[n]];
            var grid = grids[n];
            var scores = all[(n * block)..((n + 1) * block)];
            var name = spread.Feature.Name;
            var declared = context.Registration.FactsFor(name).Monotone switch
            {
                Monotonicity.Increasing => 1,
                Monotonicity.Decreasing => -1,
                _ => 0,
            };
            var profile = MonotoneProfile.Of(scores, rows.Length, points, tolerance, declared);
            context.Measure("monotonicity_violation_rate", profile.ViolationRate, name);
            context.Measure("monotonicity_direction", profile.Direction, name);
            var limit = declared != 0 ? maxDeclaredViolation : maxViolation;
            if (profile.ViolationRate > limit)
            {
                var table = WorstRows(profile, rows, grid, scores, points, name, declared != 0);
                var evidence = new Evidence(
                    [new EvidenceMetric("monotonicity_violation_rate", profile.ViolationRate, Threshold: limit)],
                    [table]);
                var location = new FindingLocation(Column: name, Rows: [.. profile.Worst.Take(5).Select(i => rows[i])]);
                if (declared != 0)
                {
                    var impacts = ViolationsByGroup(session, rows, profile, scores, points);
                    GroupEvidence.Publish(context, name, impacts, "group_monotonicity_violation_rate", "group_mean_step_against");
                    evidence = GroupEvidence.With(evidence, $"Violation rate by group when sweeping '{name}', worst first", impacts, "worst_group_violation_rate", "Violation rate", "Mean step against the direction");
                    var step = profile.Worst.Length == 0 ? 0 : StepAgainst(profile, scores, points, profile.Worst[0]);
                    context.Report(DeclaredRule, location, evidence, name, declared > 0 ? "increasing" : "decreasing", profile.ViolationRate, limit, step);
                }
                else
                {
                    context.Report(Rule, location, evidence, name, profile.Direction > 0 ? "increases" : "decreases", profile.ViolationRate, limit);
                }
            }

            context.ReportProgress((n + 1.0) / numeric.Length);
        }
    }

    // The size of a sample row's worst step against the judged direction (0 when it has none).
    private static double StepAgainst(MonotoneProfile profile, double[] scores, int points, int i)
    {
        var g = profile.WorstStep[i];
        var against = -profile.Judged * (scores[(i * points) + g + 1] - scores[(i * points) + g]);
        return double.IsFinite(against) && against > 0 ? against : 0;
    }

    // Per group: the share of its sampled rows that violate, and the mean of their worst step against the direction.
    private static IReadOnlyList<GroupImpact> ViolationsByGroup(ProbeSession session, int[] rows, MonotoneProfile profile, double[] scores, int points)
    {
        var violating = new bool[rows.Length];
        foreach (var i in profile.Worst)
        {
            violating[i] = true;
        }

        var steps = Enumerable.Range(0, rows.Length).Select(i => violating[i] ? StepAgainst(profile, scores, points, i) : 0).ToArray();
        return session.Groups.Impact(rows, violating, steps);
    }

    // Only the swept feature is shown: its grid value before and after the worst step against the judged direction.
    private static EvidenceTable WorstRows(MonotoneProfile profile, int[] rows, double[] grid, double[] scores, int points, string feature, bool declared)
    {
        var cells = new List<IReadOnlyList<string>>();
        foreach (var i in profile.Worst.Take(5))
        {
            var g = profile.WorstStep[i];
            var before = scores[(i * points) + g];
            var after = scores[(i * points) + g + 1];
            cells.Add([
                Cells.Integer(rows[i]),
                Cells.Change(Cells.General(grid[g]), Cells.General(grid[g + 1])),
                Cells.Change(Cells.Fixed(before, 3), Cells.Fixed(after, 3))]);
        }

        // Two whole captions rather than a word put into one, so each is one entry of a translation catalog.
        var title = declared ? $"Rows moving most against the declared direction of '{feature}'" : $"Rows moving most against the dominant direction of '{feature}'";
        return new EvidenceTable(title, [Words.Row, Words.ValueOf(feature), Words.ScoreChange], cells);
    }
}
