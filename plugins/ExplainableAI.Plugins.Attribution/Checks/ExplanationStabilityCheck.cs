using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Re-explains a seeded sample of evaluation rows twice, once with tiny Gaussian noise on every numeric feature and once against
/// another background sample, and reports how far the ranking of the top features by mean |SHAP value| agrees with the first
/// explanation (Kendall's τ-b over the union of the top-k sets, <see cref="RankAgreement"/>). The engine's seed is the same in
/// all three runs, so only the perturbation differs.
/// </summary>
[AuditCheck]
public sealed class ExplanationStabilityCheck : AuditCheck
{
    /// <summary>Option: evaluation rows re-explained.</summary>
    public const string ExplainedRowsOption = "explained_rows";

    /// <summary>Option: background rows.</summary>
    public const string BackgroundRowsOption = "background_rows";

    /// <summary>Option: cap on model evaluations per explanation.</summary>
    public const string MaxModelEvaluationsOption = "max_model_evaluations";

    /// <summary>Option: how many top features are compared.</summary>
    public const string TopKOption = "top_k";

    /// <summary>Option: noise standard deviation as a fraction of each numeric feature's standard deviation.</summary>
    public const string NoiseFractionOption = "noise_fraction";

    /// <summary>Option: rank agreement below which the explanation is unstable.</summary>
    public const string MinRankAgreementOption = "min_rank_agreement";

    /// <summary>XAI1006: the stability numbers, always reported (info).</summary>
    public static readonly RuleDescriptor StabilityRule = new(
        AttributionRuleIds.ExplanationStability,
        "Explanation stability under input noise and another background sample",
        "Rank agreement of the top {0} features (Kendall tau-b, {1}): {2:F2} under input noise of {3:P1} of each feature's SD, {4} with another background sample",
        CheckFamily.Attribution,
        Severity.Info,
        "Explains explained_rows evaluation rows (seeded sample) three times with the method XAI1001 would pick under "
        + "max_model_evaluations: as they are; with Gaussian noise of noise_fraction × the feature's standard deviation (over the "
        + "evaluation data) added to every numeric feature (categorical, boolean and missing values untouched; seeded); and against "
        + "another seeded background sample of the same size (a bootstrap sample when the data has no more rows; not applicable to "
        + "path-dependent TreeSHAP, which uses no background). Rank agreement is Kendall's tau-b between the features' mean |SHAP "
        + "value| in the first and the perturbed run, over the union of both top_k sets: 1 = same order, 0 = unrelated. Publishes "
        + "explanation_rank_agreement_noise and explanation_rank_agreement_background; the rows explained are in the finding's "
        + "evidence.",
        ["EU-AIA-ART13-3B-IV", "EU-AIA-ART14-4C", "JP-BIZ-TRANSPARENCY-4", "GMLP-P6"],
        [
            RuleOption.Integer(ExplainedRowsOption, 40, "Evaluation rows re-explained (seeded sample). Default 40."),
            RuleOption.Integer(BackgroundRowsOption, 50, "Background rows per explanation. Default 50."),
            RuleOption.Integer(MaxModelEvaluationsOption, 200_000, "Cap on rows sent to the model per explanation (three are made). Default 200,000."),
            RuleOption.Integer(TopKOption, 5, "Number of top features compared. Default 5."),
            new RuleOption(NoiseFractionOption, 0.01, "Noise SD as a fraction of each numeric feature's SD. Default 0.01."),
        ]);

    /// <summary>XAI1007: the top features' ranking changes under a tiny perturbation.</summary>
    public static readonly RuleDescriptor UnstableRule = new(
        AttributionRuleIds.UnstableExplanation,
        "Explanation ranking is unstable",
        "The order of the top {0} features changes {1}: rank agreement {2:F2} is below {3:F2}; the reported ranking is not reliable",
        CheckFamily.Attribution,
        Severity.Warning,
        "The rank agreement of XAI1006 under input noise or under another background sample is below min_rank_agreement: features "
        + "of nearly equal importance, or too few explained or background rows, make the global ranking depend on chance. Report "
        + "such features as tied, or raise explained_rows and background_rows of XAI1001.",
        ["EU-AIA-ART13-3B-IV", "EU-AIA-ART14-4C", "JP-BIZ-TRANSPARENCY-4", "GMLP-P6"],
        [new RuleOption(MinRankAgreementOption, 0.8, "Rank agreement (Kendall tau-b) below which the ranking is unstable. Default 0.8.")]);

    // Words passed as message arguments are whole keys of the plugin's catalogs, so a host can translate them as well.
    private const string NoBackground = "not applicable (no background)";
    private const string UnderNoise = "under input noise";
    private const string WithOtherBackground = "with another background sample";

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [StabilityRule, UnstableRule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var setup = ExplanationSetup.Create(
            context,
            context.OptionInteger(StabilityRule, ExplainedRowsOption),
            context.OptionInteger(StabilityRule, BackgroundRowsOption),
            context.OptionInteger(StabilityRule, MaxModelEvaluationsOption));
        if (setup.Rows.RowCount == 0)
        {
            context.Skip("no evaluation row can be explained");
            return ValueTask.CompletedTask;
        }

        var topK = Math.Max(1, context.OptionInteger(StabilityRule, TopKOption));
        var fraction = context.Option(StabilityRule, NoiseFractionOption);
        var noiseRandom = new Random(context.Random.Next());
        var otherBackground = setup.OtherBackground(context.Random);

        var runs = setup.UsesBackground ? 3 : 2;
        var baseline = Importance(context, setup, setup.Rows, setup.Background, 0, runs, cancellationToken);
        var noisy = Importance(context, setup, Noisy(setup, fraction, noiseRandom), setup.Background, 1, runs, cancellationToken);
        var noise = RankAgreement.TopK(baseline.Mean, noisy.Mean, topK);
        context.Measure("explanation_rank_agreement_noise", noise);
        double? background = null;
        ImportanceSummary? resampled = null;
        if (setup.UsesBackground)
        {
            resampled = Importance(context, setup, setup.Rows, otherBackground, 2, runs, cancellationToken);
            background = RankAgreement.TopK(baseline.Mean, resampled.Mean, topK);
            context.Measure("explanation_rank_agreement_background", background.Value);
        }

        var names = setup.Model.Features.Select(f => f.Name).ToArray();
        var minimum = context.Option(UnstableRule, MinRankAgreementOption);
        var table = Table(names, baseline, noisy, resampled, topK);
        context.Report(
            StabilityRule,
            FindingLocation.Dataset,
            new Evidence([.. Metrics(noise, background, minimum), new EvidenceMetric("explained_rows", setup.Rows.RowCount)], [table]),
            topK,
            ExplanationSetup.MethodName(setup.Method),
            noise,
            fraction,
            background is { } b ? b.ToString("F2", CultureInfo.InvariantCulture) : NoBackground);
        if (noise < minimum)
        {
            context.Report(
                UnstableRule, FindingLocation.Dataset, new Evidence([new EvidenceMetric("explanation_rank_agreement_noise", noise, Threshold: minimum)], [table]),
                topK, UnderNoise, noise, minimum);
        }

        if (background < minimum)
        {
            context.Report(
                UnstableRule, FindingLocation.Dataset, new Evidence([new EvidenceMetric("explanation_rank_agreement_background", background.Value, Threshold: minimum)], [table]),
                topK, WithOtherBackground, background.Value, minimum);
        }

        return ValueTask.CompletedTask;
    }

    private static ImportanceSummary Importance(
        CheckContext context, ExplanationSetup setup, FeatureMatrix rows, FeatureMatrix background, int run, int runs, CancellationToken cancellationToken)
    {
        var results = new AttributionResult[setup.ClassCount];
        for (var k = 0; k < results.Length; k++)
        {
            var start = (run + ((double)k / results.Length)) / runs;
            var end = (run + ((k + 1.0) / results.Length)) / runs;
            results[k] = setup.Explain(rows, background, k, new CheckProgress(context, start, end), cancellationToken);
        }

        return ImportanceSummary.From(results);
    }

    // Noise SD per numeric feature = fraction × its SD over all evaluation rows (non-missing); Box–Muller normals.
    private static FeatureMatrix Noisy(ExplanationSetup setup, double fraction, Random random)
    {
        var width = setup.Model.Features.Count;
        var values = (double[])setup.Rows.Values.Clone();
        for (var f = 0; f < width; f++)
        {
            if (setup.Model.Features[f].Kind != ColumnKind.Numeric)
            {
                continue;
            }

            var sd = fraction * StandardDeviation(setup.All, f);
            for (var r = 0; r < setup.Rows.RowCount; r++)
            {
                var i = (r * width) + f;
                var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                values[i] += sd * normal;
            }
        }

        return setup.Rows.WithValues(values);
    }

    private static double StandardDeviation(FeatureMatrix matrix, int feature)
    {
        var present = Enumerable.Range(0, matrix.RowCount).Select(r => matrix.Row(r)[feature]).Where(v => !double.IsNaN(v)).ToArray();
        if (present.Length < 2)
        {
            return 0;
        }

        var mean = present.Average();
        return Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / (present.Length - 1));
    }

    private static EvidenceMetric[] Metrics(double noise, double? background, double minimum) =>
        background is { } b
            ? [new EvidenceMetric("explanation_rank_agreement_noise", noise, Threshold: minimum), new EvidenceMetric("explanation_rank_agreement_background", b, Threshold: minimum)]
            : [new EvidenceMetric("explanation_rank_agreement_noise", noise, Threshold: minimum)];

    private static EvidenceTable Table(string[] names, ImportanceSummary baseline, ImportanceSummary noisy, ImportanceSummary? resampled, int topK)
    {
        var shown = baseline.Ranking.Take(topK).Union(noisy.Ranking.Take(topK)).Union(resampled?.Ranking.Take(topK) ?? []).ToArray();
        // An em dash, not words, for the run that does not apply: it needs no translation.
        string Cell(ImportanceSummary? s, int f) => s is null ? "—" : Phrase.Format("{0} (#{1})", NumberText.Format(s.Mean[f]), Array.IndexOf(s.Ranking, f) + 1);
        return new EvidenceTable(
            "Mean |SHAP value| (rank) of the top features in each run",
            ["feature", "as is", "with input noise", "other background"],
            [.. shown.Select(f => (IReadOnlyList<string>)[names[f], Cell(baseline, f), Cell(noisy, f), Cell(resampled, f)])]);
    }
}
