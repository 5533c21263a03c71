using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Minimal decision flips: for sampled rows, the smallest change of one or two numeric features (in standard
/// deviations, within the reference range) that flips the decision. The median over rows is a robustness score; the
/// closest flips are shown as feature changes, which double as counterfactual explanations.
/// </summary>
[AuditCheck]
public sealed class MinimalFlipCheck : AuditCheck
{
    /// <summary>The option of the median flip distance below which the rule is reported.</summary>
    public const string MinMedianDistanceOption = "min_median_flip_distance";

    /// <summary>The option of the number of sampled rows.</summary>
    public const string SampleSizeOption = "sample_size";

    /// <summary>The option of how many of the most decisive features are also moved in pairs.</summary>
    public const string PairFeaturesOption = "pair_features";

    /// <summary>XAI4008: small changes flip the decision for the typical row.</summary>
    public static readonly RuleDescriptor Rule = new(
        RobustnessRuleIds.SmallDecisionFlip,
        "Small input changes flip the decision",
        "Half of the sampled rows whose decision can flip do so after a change of {0:F3} standard deviations or less in one or two features, below {1:F3}",
        CheckFamily.Robustness,
        Severity.Warning,
        "For sample_size rows drawn with the audit seed, searches along each numeric feature up and down, and along the "
        + "four diagonals of every pair of the pair_features features that flip most rows alone, for the smallest Euclidean "
        + "distance in standard deviations (reference sd) that changes the decision at the operating threshold, without "
        + "leaving any moved feature's reference range. The search evaluates a coarse grid (0.05 to 6 sd, plus the edge of the range) in one batch, "
        + "then refines it (five steps, each splitting the interval into eight, to about 6e-5 sd) between the last point keeping the decision and the first flipping it; "
        + "with a non-monotone model a flip between grid points can be missed. Publishes median_flip_distance (over rows "
        + "with a flip), flip_found_share, and per feature the median single-feature distance. Reported when the median "
        + "distance is below min_median_flip_distance: decisions of the typical patient then hinge on changes within "
        + "measurement error. The closest flips are shown with only the features changed.",
        ["EU-AIA-ART15-1", "EU-AIA-ART15-4", "EU-AIA-ART15-5", "JP-MLQM-MODEL-STABILITY", "GMLP-P6", "ISO-TR24029-1"],
        [
            new RuleOption(MinMedianDistanceOption, 0.25, "Median flip distance (standard deviations) below which the rule is reported. Default 0.25."),
            RuleOption.Integer(SampleSizeOption, 100, "Rows sampled with the audit seed (all rows when fewer). Default 100."),
            RuleOption.Integer(PairFeaturesOption, 4, "How many features (those flipping most rows alone) are also moved two at a time; 0 or 1 for single features only. Default 4."),
        ]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = await ProbeSession.OpenAsync(context, cancellationToken).ConfigureAwait(false);
        var rows = session.SampleRows(context.Random, context.OptionInteger(Rule, SampleSizeOption));
        var minMedian = context.Option(Rule, MinMedianDistanceOption);
        var pairFeatures = context.OptionInteger(Rule, PairFeaturesOption);
        var movable = Enumerable.Range(0, session.Width).Where(f => session.Spreads[f].IsNumeric && session.Spreads[f].Std > 0).ToArray();
        if (rows.Length == 0 || movable.Length == 0)
        {
            context.Skip(rows.Length == 0 ? "no evaluation row can be probed" : "no numeric feature varies, so none can be moved");
            return;
        }

        var singles = movable.SelectMany(f => new[] { new FlipDirection([f], [1.0]), new FlipDirection([f], [-1.0]) }).ToList();
        var results = FlipSearch.Run(session, rows, singles, cancellationToken);
        context.ReportProgress(0.5);
        foreach (var f in movable)
        {
            var distances = BestPerRow(results.Where(r => r.Direction.Features[0] == f)).Select(r => r.Distance).ToList();
            if (distances.Count > 0)
            {
                context.Measure("median_flip_distance", Median(distances), session.Matrix.Features[f].Name);
            }
        }

        var decisive = movable
            .OrderByDescending(f => results.Where(r => r.Direction.Features[0] == f).Select(r => r.Row).Distinct().Count())
            .ThenBy(f => f)
            .Take(Math.Max(pairFeatures, 0))
            .ToArray();
        if (decisive.Length >= 2)
        {
            var diagonal = 1 / Math.Sqrt(2);
            var pairs = new List<FlipDirection>();
            for (var i = 0; i < decisive.Length; i++)
            {
                for (var j = i + 1; j < decisive.Length; j++)
                {
                    foreach (var (a, b) in new[] { (1.0, 1.0), (1.0, -1.0), (-1.0, 1.0), (-1.0, -1.0) })
                    {
                        pairs.Add(new FlipDirection([decisive[i], decisive[j]], [a * diagonal, b * diagonal]));
                    }
                }
            }

            results.AddRange(FlipSearch.Run(session, rows, pairs, cancellationToken));
        }

        context.ReportProgress(1);
        var best = BestPerRow(results).OrderBy(r => r.Distance).ThenBy(r => r.Row).ToList();
        var candidates = rows.Count(r => session.Decide(session.Baseline[r]) >= 0);
        context.Measure("flip_found_share", candidates == 0 ? 0 : best.Count / (double)candidates);
        if (best.Count == 0)
        {
            return;
        }

        var median = Median([.. best.Select(r => r.Distance)]);
        context.Measure("median_flip_distance", median);
        if (median < minMedian)
        {
            var evidence = new Evidence(
                [new EvidenceMetric("median_flip_distance", median, Threshold: minMedian)],
                [Closest(session, best.Take(5))]);
            context.Report(Rule, new FindingLocation(Rows: [.. best.Take(5).Select(r => r.Row)]), evidence, median, minMedian);
        }
    }

    /// <summary>The median (mean of the two middle values for an even count).</summary>
    /// <param name="values">Values, not empty.</param>
    /// <returns>The median.</returns>
    internal static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }

    private static IEnumerable<FlipResult> BestPerRow(IEnumerable<FlipResult> results) =>
        results.GroupBy(r => r.Row).Select(g => g.OrderBy(r => r.Distance).First());

    // Only the features the flip changes are shown, never the patient's other values.
    private static EvidenceTable Closest(ProbeSession session, IEnumerable<FlipResult> flips)
    {
        var cells = new List<IReadOnlyList<string>>();
        foreach (var flip in flips)
        {
            var direction = flip.Direction;
            var names = direction.Features.Select(f => session.Matrix.Features[f].Name);
            var from = direction.Features.Select(f => session.Matrix.Values[(flip.Row * session.Width) + f]);
            var to = Enumerable.Range(0, direction.Features.Count).Select(i => FlipSearch.Moved(session, flip.Row, direction, i, flip.Distance));
            cells.Add([
                Cells.Integer(flip.Row),
                string.Join("; ", names),
                string.Join("; ", from.Select(Cells.General)),
                string.Join("; ", to.Select(Cells.General)),
                Cells.Fixed(flip.Distance, 3),
                Cells.Change(Cells.Fixed(session.Baseline[flip.Row], 3), Cells.Fixed(flip.Score, 3))]);
        }

        return new EvidenceTable(
            "Closest decision flips (only the features changed)",
            [Words.Row, "Features changed", "From", "To", "Distance (standard deviations)", Words.ScoreChange],
            cells);
    }
}
