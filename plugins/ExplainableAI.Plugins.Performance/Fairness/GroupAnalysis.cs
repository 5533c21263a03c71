using System.Globalization;
using ExplainableAI.Sdk.Cohorts;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// Per-group confusion matrices and score-based metrics of one attribute and the between-group summaries. Each group's
/// rates are proportions and get Wilson score intervals over their own denominators; the summaries (differences, ratios)
/// and disparate impact get percentile-bootstrap intervals stratified by group (each group keeps its size), which
/// resample each group's confusion matrix as multinomial counts over its four cells, which has exactly the distribution of counting a
/// with-replacement resample of the group's rows, at O(√n) per group and resample. AUROC, Brier, ECE and calibration in
/// the large resample the group's rows (O(n) per resample over the scores sorted once), up to
/// <see cref="GroupAnalysisSettings.ExactBootstrapMaxRows"/> rows; larger groups use asymptotic intervals.
/// </summary>
internal sealed class GroupAnalysis
{
    /// <summary>Equal-width bins of the per-group ECE.</summary>
    public const int CalibrationBins = 10;

    private static readonly GroupRate[] RatioComponents = [GroupRate.SelectionRate, GroupRate.Tpr, GroupRate.Fpr];

    private GroupAnalysis(string attribute, IReadOnlyList<GroupResult> groups, IReadOnlyDictionary<FairnessMetric, Interval> summaries, IReadOnlyDictionary<FairnessMetric, JudgedRatio> judged, ConfusionCounts overall, ScoreMetrics overallScores)
    {
        Attribute = attribute;
        Groups = groups;
        Summaries = summaries;
        Judged = judged;
        Overall = overall;
        OverallScores = overallScores;
    }

    /// <summary>The attribute (or intersection).</summary>
    public string Attribute { get; }

    /// <summary>The groups with at least one row, in the attribute's level order.</summary>
    public IReadOnlyList<GroupResult> Groups { get; }

    /// <summary>The summaries over the groups that are not suppressed; NaN when undefined.</summary>
    public IReadOnlyDictionary<FairnessMetric, Interval> Summaries { get; }

    /// <summary>The ratio summaries as judged with the minimum rate (see <see cref="JudgedRatio"/>).</summary>
    public IReadOnlyDictionary<FairnessMetric, JudgedRatio> Judged { get; }

    /// <summary>The confusion matrix of all rows (every group, suppressed ones included): the reference of the charts.</summary>
    public ConfusionCounts Overall { get; }

    /// <summary>AUROC, Brier, ECE and calibration in the large of all rows.</summary>
    public ScoreMetrics OverallScores { get; }

    /// <summary>Analyses one attribute.</summary>
    /// <param name="outcomes">The scored rows, sorted by score.</param>
    /// <param name="groups">The attribute's groups.</param>
    /// <param name="settings">Minimum group size, resamples, row limit of the row-level bootstrap, minimum rate of ratios.</param>
    /// <param name="random">The seeded random source.</param>
    /// <param name="cancellationToken">Cancels the bootstrap.</param>
    /// <returns>The analysis.</returns>
    public static GroupAnalysis Compute(ScoredOutcomes outcomes, CohortGrouping groups, GroupAnalysisSettings settings, Random random, CancellationToken cancellationToken)
    {
        var resamples = settings.Resamples;
        var g = groups.Groups.Count;
        var tp = new long[g];
        var fp = new long[g];
        var tn = new long[g];
        var fn = new long[g];
        var sizes = new int[g];
        var code = new int[outcomes.Count];
        for (var i = 0; i < outcomes.Count; i++)
        {
            var k = groups.RowGroups[outcomes.Rows[i]];
            code[i] = k;
            sizes[k]++;
            var predicted = outcomes.Scores[i] >= outcomes.Threshold;
            if (outcomes.Positive[i] != 0)
            {
                if (predicted)
                {
                    tp[k]++;
                }
                else
                {
                    fn[k]++;
                }
            }
            else if (predicted)
            {
                fp[k]++;
            }
            else
            {
                tn[k]++;
            }
        }

        // Each group's scores, still sorted: split the one global sort instead of sorting per group.
        var groupScores = new double[g][];
        var groupPositive = new byte[g][];
        var filled = new int[g];
        for (var k = 0; k < g; k++)
        {
            groupScores[k] = new double[sizes[k]];
            groupPositive[k] = new byte[sizes[k]];
        }

        for (var i = 0; i < outcomes.Count; i++)
        {
            var k = code[i];
            groupScores[k][filled[k]] = outcomes.Scores[i];
            groupPositive[k][filled[k]++] = outcomes.Positive[i];
        }

        var present = Enumerable.Range(0, g).Where(k => sizes[k] > 0).ToArray();
        var counts = present.Select(k => new ConfusionCounts(tp[k], fp[k], tn[k], fn[k])).ToArray();
        var included = Enumerable.Range(0, present.Length).Where(j => sizes[present[j]] >= settings.MinGroupSize).ToArray();

        // Replicates: summary × resample, ratio component × resample, disparate impact × included group × resample. The
        // group rates themselves are proportions and get Wilson intervals (no replicates needed).
        var summaryReplicates = FairnessMetrics.All.Select(_ => new double[resamples]).ToArray();
        var componentReplicates = RatioComponents.Select(_ => new double[resamples]).ToArray();
        var impactReplicates = included.Select(_ => new double[resamples]).ToArray();
        var selection = new double[included.Length];
        var tpr = new double[included.Length];
        var fpr = new double[included.Length];
        for (var b = 0; b < resamples; b++)
        {
            if ((b & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var j = 0; j < included.Length; j++)
            {
                var resample = counts[included[j]].Resample(random);
                selection[j] = resample.SelectionRate;
                tpr[j] = resample.Sensitivity;
                fpr[j] = resample.FalsePositiveRate;
            }

            for (var s = 0; s < FairnessMetrics.All.Count; s++)
            {
                summaryReplicates[s][b] = FairnessMetrics.Of(FairnessMetrics.All[s], selection, tpr, fpr);
            }

            componentReplicates[0][b] = FairnessMetrics.Ratio(selection);
            componentReplicates[1][b] = FairnessMetrics.Ratio(tpr);
            componentReplicates[2][b] = FairnessMetrics.Ratio(fpr);
            var favoured = selection.Length == 0 ? 0 : selection.Max();
            for (var j = 0; j < included.Length; j++)
            {
                impactReplicates[j][b] = favoured == 0 ? double.NaN : selection[j] / favoured;
            }
        }

        var pointFavoured = included.Length == 0 ? 0 : included.Max(j => counts[j].SelectionRate);

        // Calibration by group only makes sense for probabilities.
        var probabilities = outcomes.Count > 0 && outcomes.Scores[0] >= 0 && outcomes.Scores[^1] <= 1;
        var scores = ScoreIntervals(outcomes, groupScores, groupPositive, present, settings, probabilities, outcomes.Count, random, cancellationToken);
        var results = new GroupResult[present.Length];
        for (var j = 0; j < present.Length; j++)
        {
            var slot = Array.IndexOf(included, j);
            var rates = GroupRates.All.Select(r => GroupRates.Wilson(counts[j], r)).ToArray();

            var impact = slot < 0 || pointFavoured == 0 ? double.NaN : counts[j].SelectionRate / pointFavoured;
            var impactInterval = slot >= 0 && resamples > 0 ? Bootstrap.PercentileInterval(impact, impactReplicates[slot]) : Interval.PointOnly(impact);
            var s = scores.Groups[j];
            results[j] = new GroupResult(groups.Groups[present[j]].Subject, counts[j], slot < 0, rates, s.Auroc, s.Brier, s.Ece, s.CalibrationInTheLarge, s.Gap, impactInterval);
        }

        var pointSelection = included.Select(j => counts[j].SelectionRate).ToArray();
        var pointTpr = included.Select(j => counts[j].Sensitivity).ToArray();
        var pointFpr = included.Select(j => counts[j].FalsePositiveRate).ToArray();
        var summaries = new Dictionary<FairnessMetric, Interval>();
        for (var s = 0; s < FairnessMetrics.All.Count; s++)
        {
            var metric = FairnessMetrics.All[s];
            var value = FairnessMetrics.Of(metric, pointSelection, pointTpr, pointFpr);
            summaries[metric] = resamples > 0 ? Bootstrap.PercentileInterval(value, summaryReplicates[s]) : Interval.PointOnly(value);
        }

        double[][] pointRates = [pointSelection, pointTpr, pointFpr];
        var judged = new Dictionary<FairnessMetric, JudgedRatio>
        {
            [FairnessMetric.DemographicParityRatio] = Judge([0], pointRates, componentReplicates, settings.SelectionMinRate),
            [FairnessMetric.EqualizedOddsRatio] = Judge([1, 2], pointRates, componentReplicates, settings.ErrorMinRate),
        };
        var overall = new ConfusionCounts(tp.Sum(), fp.Sum(), tn.Sum(), fn.Sum());
        return new GroupAnalysis(groups.Name, results, summaries, judged, overall, scores.Overall);
    }

    /// <summary>The included (not suppressed) groups with the lowest and highest defined value of a rate.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The two groups, or <see langword="null"/> when fewer than two have the rate defined.</returns>
    public (GroupResult Low, GroupResult High)? Extremes(GroupRate rate)
    {
        var defined = Groups.Where(x => !x.Suppressed && !double.IsNaN(x.Rate(rate).Value)).ToArray();
        if (defined.Length < 2)
        {
            return null;
        }

        return (defined.MinBy(x => x.Rate(rate).Value)!, defined.MaxBy(x => x.Rate(rate).Value)!);
    }

    // The smallest ratio over the components whose larger rate reaches the minimum rate; its interval from the
    // per-resample minimum over the same components (NaN-propagating like fairlearn's).
    private static JudgedRatio Judge(int[] components, double[][] pointRates, double[][] componentReplicates, double minRate)
    {
        var kept = new List<int>();
        var excluded = new List<string>();
        foreach (var c in components)
        {
            var defined = pointRates[c].Where(v => !double.IsNaN(v)).ToArray();
            var largest = defined.Length == 0 ? double.NaN : defined.Max();
            if (!double.IsNaN(largest) && largest < minRate)
            {
                excluded.Add(string.Create(CultureInfo.InvariantCulture, $"{GroupRates.Label(RatioComponents[c])} (largest {largest:P1})"));
            }
            else
            {
                kept.Add(c);
            }
        }

        if (kept.Count == 0)
        {
            return new JudgedRatio(Interval.PointOnly(double.NaN), excluded, []);
        }

        var value = kept.Select(c => FairnessMetrics.Ratio(pointRates[c])).Aggregate(Min);
        var resamples = componentReplicates[0].Length;
        if (resamples == 0)
        {
            return new JudgedRatio(Interval.PointOnly(value), excluded, [.. kept.Select(c => RatioComponents[c])]);
        }

        var replicates = new double[resamples];
        for (var b = 0; b < resamples; b++)
        {
            replicates[b] = kept.Select(c => componentReplicates[c][b]).Aggregate(Min);
        }

        return new JudgedRatio(Bootstrap.PercentileInterval(value, replicates), excluded, [.. kept.Select(c => RatioComponents[c])]);
    }

    private static double Min(double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? double.NaN : Math.Min(a, b);

    private static (GroupScoreIntervals[] Groups, ScoreMetrics Overall) ScoreIntervals(ScoredOutcomes outcomes, double[][] groupScores, byte[][] groupPositive, int[] present, GroupAnalysisSettings settings, bool probabilities, int total, Random random, CancellationToken cancellationToken)
    {
        var resamples = settings.Resamples;
        var points = new ScoreMetrics[present.Length];
        var citlReplicates = new double[present.Length][];
        var groupIntervals = new GroupScoreIntervals[present.Length];
        for (var j = 0; j < present.Length; j++)
        {
            var k = present[j];
            var sortedScores = groupScores[k];
            var positive = groupPositive[k];
            var point = GroupScoreBootstrap.Point(sortedScores, positive, probabilities, CalibrationBins);
            points[j] = point;
            var citlNormal = probabilities ? MeanResidual(sortedScores, positive) : Interval.PointOnly(double.NaN);
            if (settings.RowBootstrap(sortedScores.Length))
            {
                var draws = new ScoreMetrics[resamples];
                GroupScoreBootstrap.Resample(sortedScores, positive, probabilities, CalibrationBins, random, draws, cancellationToken);
                citlReplicates[j] = [.. draws.Select(d => d.CalibrationInTheLarge)];
                groupIntervals[j] = new GroupScoreIntervals(
                    Bootstrap.PercentileInterval(point.Auroc, draws.Select(d => d.Auroc).ToArray()),
                    Bootstrap.PercentileInterval(point.Brier, draws.Select(d => d.Brier).ToArray()),
                    Bootstrap.PercentileInterval(point.Ece, draws.Select(d => d.Ece).ToArray()),
                    Bootstrap.PercentileInterval(point.CalibrationInTheLarge, citlReplicates[j].ToArray()),
                    Interval.PointOnly(double.NaN));
            }
            else
            {
                // Large groups (or no bootstrap): asymptotic intervals; for the calibration gap, normal draws with the
                // group's standard error stand in for its bootstrap replicates.
                var se = (citlNormal.Upper - citlNormal.Value) / Interval.Z95;
                citlReplicates[j] = new double[resamples];
                for (var b = 0; b < resamples; b++)
                {
                    citlReplicates[j][b] = citlNormal.Value + (double.IsNaN(se) ? 0 : se * StandardNormal(random));
                }

                groupIntervals[j] = new GroupScoreIntervals(
                    DeLong.Estimate(sortedScores, positive).Interval with { Value = point.Auroc },
                    probabilities ? Brier.Compute(sortedScores, positive) : Interval.PointOnly(double.NaN),
                    Interval.PointOnly(point.Ece),
                    citlNormal with { Value = point.CalibrationInTheLarge },
                    Interval.PointOnly(double.NaN));
            }
        }

        // Overall calibration in the large is the size-weighted mean of the groups' (the groups partition the rows);
        // each group's gap is its value minus that, per resample.
        var weights = present.Select(k => groupScores[k].Length / (double)Math.Max(1, total)).ToArray();
        var overallCitl = points.Select((p, j) => p.CalibrationInTheLarge * weights[j]).Sum();
        var overallReplicates = new double[resamples];
        for (var b = 0; b < resamples; b++)
        {
            for (var j = 0; j < present.Length; j++)
            {
                overallReplicates[b] += citlReplicates[j][b] * weights[j];
            }
        }

        for (var j = 0; j < present.Length; j++)
        {
            var gap = points[j].CalibrationInTheLarge - overallCitl;
            if (resamples == 0 || !probabilities)
            {
                groupIntervals[j] = groupIntervals[j] with { Gap = Interval.PointOnly(gap) };
                continue;
            }

            var gaps = new double[resamples];
            for (var b = 0; b < resamples; b++)
            {
                gaps[b] = citlReplicates[j][b] - overallReplicates[b];
            }

            groupIntervals[j] = groupIntervals[j] with { Gap = Bootstrap.PercentileInterval(gap, gaps) };
        }

        var all = GroupScoreBootstrap.Point(outcomes.Scores, outcomes.Positive, probabilities, CalibrationBins);
        return (groupIntervals, all with { CalibrationInTheLarge = overallCitl });
    }

    // Mean of y − score with a normal-approximation 95% interval.
    private static Interval MeanResidual(ReadOnlySpan<double> scores, ReadOnlySpan<byte> positive)
    {
        var n = scores.Length;
        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            sum += positive[i] - scores[i];
        }

        var mean = sum / n;
        if (n < 2)
        {
            return Interval.PointOnly(mean);
        }

        double squares = 0;
        for (var i = 0; i < n; i++)
        {
            var d = positive[i] - scores[i] - mean;
            squares += d * d;
        }

        var half = Interval.Z95 * Math.Sqrt(squares / (n - 1) / n);
        return new Interval(mean, mean - half, mean + half);
    }

    // Box–Muller from the seeded source.
    private static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
