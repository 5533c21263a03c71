namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// Per-group confusion matrices of one attribute and the between-group summaries, with percentile-bootstrap intervals.
/// The bootstrap is stratified by group (each group keeps its size) and resamples each group's confusion matrix as
/// multinomial counts over its four cells, which has exactly the distribution of counting a with-replacement resample
/// of the group's rows, at O(√n) per group and resample instead of O(n).
/// </summary>
internal sealed class GroupAnalysis
{
    /// <summary>Equal-width bins of the per-group ECE.</summary>
    public const int CalibrationBins = 10;

    private GroupAnalysis(string attribute, IReadOnlyList<GroupResult> groups, IReadOnlyDictionary<FairnessMetric, Interval> summaries)
    {
        Attribute = attribute;
        Groups = groups;
        Summaries = summaries;
    }

    /// <summary>The attribute (or intersection).</summary>
    public string Attribute { get; }

    /// <summary>The groups with at least one row, in the attribute's level order.</summary>
    public IReadOnlyList<GroupResult> Groups { get; }

    /// <summary>The summaries over the groups that are not suppressed; NaN when undefined.</summary>
    public IReadOnlyDictionary<FairnessMetric, Interval> Summaries { get; }

    /// <summary>Analyses one attribute.</summary>
    /// <param name="outcomes">The scored rows, sorted by score.</param>
    /// <param name="groups">The attribute's groups.</param>
    /// <param name="minGroupSize">Groups with fewer rows are suppressed.</param>
    /// <param name="resamples">Bootstrap resamples (0: no intervals for rates and summaries).</param>
    /// <param name="random">The seeded random source.</param>
    /// <param name="cancellationToken">Cancels the bootstrap.</param>
    /// <returns>The analysis.</returns>
    public static GroupAnalysis Compute(ScoredOutcomes outcomes, AttributeGroups groups, int minGroupSize, int resamples, Random random, CancellationToken cancellationToken)
    {
        var g = groups.Subjects.Count;
        var tp = new long[g];
        var fp = new long[g];
        var tn = new long[g];
        var fn = new long[g];
        var sizes = new int[g];
        var code = new int[outcomes.Count];
        for (var i = 0; i < outcomes.Count; i++)
        {
            var k = groups.Codes[outcomes.Rows[i]];
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
        var included = Enumerable.Range(0, present.Length).Where(j => sizes[present[j]] >= minGroupSize).ToArray();

        // Replicates: rate × included group × resample, then summary × resample.
        var rateCount = GroupRates.All.Count;
        var replicates = new double[rateCount][][];
        for (var r = 0; r < rateCount; r++)
        {
            replicates[r] = [.. included.Select(_ => new double[resamples])];
        }

        var summaryReplicates = FairnessMetrics.All.Select(_ => new double[resamples]).ToArray();
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
                for (var r = 0; r < rateCount; r++)
                {
                    replicates[r][j][b] = GroupRates.Of(resample, GroupRates.All[r]);
                }

                selection[j] = resample.SelectionRate;
                tpr[j] = resample.Sensitivity;
                fpr[j] = resample.FalsePositiveRate;
            }

            for (var s = 0; s < FairnessMetrics.All.Count; s++)
            {
                summaryReplicates[s][b] = FairnessMetrics.Of(FairnessMetrics.All[s], selection, tpr, fpr);
            }

            var favoured = selection.Length == 0 ? 0 : selection.Max();
            for (var j = 0; j < included.Length; j++)
            {
                impactReplicates[j][b] = favoured == 0 ? double.NaN : selection[j] / favoured;
            }
        }

        var pointFavoured = included.Length == 0 ? 0 : included.Max(j => counts[j].SelectionRate);

        // Calibration by group only makes sense for probabilities.
        var probabilities = outcomes.Count > 0 && outcomes.Scores[0] >= 0 && outcomes.Scores[^1] <= 1;
        var results = new GroupResult[present.Length];
        for (var j = 0; j < present.Length; j++)
        {
            var k = present[j];
            var slot = Array.IndexOf(included, j);
            var rates = new Interval[rateCount];
            for (var r = 0; r < rateCount; r++)
            {
                var value = GroupRates.Of(counts[j], GroupRates.All[r]);
                rates[r] = slot >= 0 && resamples > 0 ? Percentile.Interval95(value, replicates[r][slot]) : Interval.PointOnly(value);
            }

            var brier = probabilities ? Brier.Compute(groupScores[k], groupPositive[k]) : Interval.PointOnly(double.NaN);
            var ece = probabilities ? ReliabilityBins.Compute(groupScores[k], groupPositive[k], CalibrationBins).Ece : double.NaN;
            var impact = slot < 0 || pointFavoured == 0 ? double.NaN : counts[j].SelectionRate / pointFavoured;
            var impactInterval = slot >= 0 && resamples > 0 ? Percentile.Interval95(impact, impactReplicates[slot]) : Interval.PointOnly(impact);
            results[j] = new GroupResult(groups.Subjects[k], counts[j], slot < 0, rates, DeLong.Compute(groupScores[k], groupPositive[k]), brier, ece, impactInterval);
        }

        var pointSelection = included.Select(j => counts[j].SelectionRate).ToArray();
        var pointTpr = included.Select(j => counts[j].Sensitivity).ToArray();
        var pointFpr = included.Select(j => counts[j].FalsePositiveRate).ToArray();
        var summaries = new Dictionary<FairnessMetric, Interval>();
        for (var s = 0; s < FairnessMetrics.All.Count; s++)
        {
            var metric = FairnessMetrics.All[s];
            var value = FairnessMetrics.Of(metric, pointSelection, pointTpr, pointFpr);
            summaries[metric] = resamples > 0 ? Percentile.Interval95(value, summaryReplicates[s]) : Interval.PointOnly(value);
        }

        return new GroupAnalysis(groups.Attribute, results, summaries);
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
}
