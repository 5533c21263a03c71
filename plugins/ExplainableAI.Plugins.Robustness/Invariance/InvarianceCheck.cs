using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Invariance: every model feature the registration declares irrelevant (an identifier, a site code) is changed for
/// sampled rows, to every other level of a category (or a seeded sample of them) and to values drawn from the feature's
/// reference distribution for a number; the score must not move.
/// </summary>
[AuditCheck]
public sealed class InvarianceCheck : AuditCheck
{
    /// <summary>The option of the largest |score change| tolerated.</summary>
    public const string ToleranceOption = "tolerance";

    /// <summary>The option of the number of sampled rows.</summary>
    public const string SampleSizeOption = "sample_size";

    /// <summary>The option of the number of replacement values per row.</summary>
    public const string DrawsOption = "draws";

    /// <summary>XAI4009: the score moves when a feature declared irrelevant changes.</summary>
    public static readonly RuleDescriptor Rule = new(
        RobustnessRuleIds.IrrelevantFeatureMovesScore,
        "Score moves when an irrelevant feature changes",
        "Changing feature '{0}', declared irrelevant, moves the score by up to {1:F4} (above {2}) and flips the decision of {3:P1} of sampled rows",
        CheckFamily.Robustness,
        Severity.Warning,
        "For sample_size rows drawn with the audit seed, each model feature declared irrelevant in the manifest "
        + "(data.features.<name>.irrelevant: true) is replaced, in one batch per feature, by every other level of a "
        + "categorical or boolean feature (a seeded sample of draws levels when there are more) or by draws values drawn "
        + "with replacement from a numeric feature's reference values (evaluation values without a reference). Publishes "
        + "invariance_max_change (the largest |score change| over rows and replacements) and invariance_flip_rate (share "
        + "of rows whose decision changes for at least one replacement). Reported when the largest change is above "
        + "tolerance or an output is NaN or infinite: the model relies on a value that should carry no clinical "
        + "information (a record number, the site code), a shortcut that breaks when it is deployed elsewhere.",
        ["EU-AIA-ART15-1", "EU-AIA-ART15-4", "EU-AIA-ART10-2F", "JP-MLQM-MODEL-STABILITY", "GMLP-P6", "ISO-TR24029-1"],
        [
            new RuleOption(ToleranceOption, 0.01, "Largest |score change| tolerated when an irrelevant feature changes (score units). Default 0.01."),
            RuleOption.Integer(SampleSizeOption, 200, "Rows sampled with the audit seed (all rows when fewer). Default 200."),
            RuleOption.Integer(DrawsOption, 10, "Replacement values per row: numeric draws, or the most levels tried for a category. Default 10."),
        ]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var declared = context.Registration.Features.Where(p => p.Value.Irrelevant).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        if (declared.Count == 0)
        {
            context.Skip("no feature is declared irrelevant in data.features");
            return;
        }

        var session = await ProbeSession.OpenAsync(context, cancellationToken).ConfigureAwait(false);
        var tolerance = context.Option(Rule, ToleranceOption);
        var draws = Math.Max(1, context.OptionInteger(Rule, DrawsOption));
        var rows = session.SampleRows(context.Random, context.OptionInteger(Rule, SampleSizeOption));
        var names = session.Matrix.Features.Select(f => f.Name).ToList();
        var done = 0;
        foreach (var name in declared)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var f = names.IndexOf(name);
            if (f < 0)
            {
                // Not a model input: the output cannot depend on it.
                context.Measure("invariance_max_change", 0, name);
                context.Measure("invariance_flip_rate", 0, name);
                continue;
            }

            if (rows.Length > 0)
            {
                Probe(context, session, f, rows, draws, tolerance, cancellationToken);
            }

            context.ReportProgress(++done / (double)declared.Count);
        }
    }

    /// <summary>The replacement values of one row's feature.</summary>
    /// <param name="spread">The feature's spread.</param>
    /// <param name="current">The row's value (NaN when missing).</param>
    /// <param name="draws">Numeric draws, or the most levels tried.</param>
    /// <param name="random">The seeded source.</param>
    /// <returns>The values.</returns>
    internal static double[] Replacements(FeatureSpread spread, double current, int draws, Random random)
    {
        if (spread.IsNumeric)
        {
            return [.. Enumerable.Range(0, draws).Select(_ => spread.Draw(random)).Where(v => !double.IsNaN(v))];
        }

        var others = Enumerable.Range(0, spread.LevelCount).Where(l => l != current).Select(l => (double)l).ToArray();
        if (others.Length <= draws)
        {
            return others;
        }

        // A seeded partial Fisher–Yates shuffle picks draws distinct levels.
        for (var i = 0; i < draws; i++)
        {
            var j = i + random.Next(others.Length - i);
            (others[i], others[j]) = (others[j], others[i]);
        }

        return others[..draws];
    }

    private static void Probe(CheckContext context, ProbeSession session, int f, int[] rows, int draws, double tolerance, CancellationToken cancellationToken)
    {
        var spread = session.Spreads[f];
        var name = spread.Feature.Name;
        var width = session.Width;
        var owner = new List<int>();
        var replaced = new List<double>();
        for (var i = 0; i < rows.Length; i++)
        {
            foreach (var value in Replacements(spread, session.Matrix.Values[(rows[i] * width) + f], draws, context.Random))
            {
                owner.Add(i);
                replaced.Add(value);
            }
        }

        var batch = new double[owner.Count * width];
        for (var b = 0; b < owner.Count; b++)
        {
            session.CopyRow(rows[owner[b]], batch, b);
            batch[(b * width) + f] = replaced[b];
        }

        var scores = owner.Count == 0 ? [] : session.Predict(batch, cancellationToken);
        var maxAbs = new double[rows.Length];
        var worstVariant = Enumerable.Repeat(-1, rows.Length).ToArray();
        var flipped = new bool[rows.Length];
        var nonFinite = 0;
        for (var b = 0; b < owner.Count; b++)
        {
            var i = owner[b];
            var baseline = session.Baseline[rows[i]];
            flipped[i] |= session.Decide(scores[b]) != session.Decide(baseline);
            if (!double.IsFinite(scores[b]))
            {
                nonFinite++;
                continue;
            }

            var change = double.IsFinite(baseline) ? Math.Abs(scores[b] - baseline) : 0;
            if (change > maxAbs[i] || worstVariant[i] < 0)
            {
                maxAbs[i] = change;
                worstVariant[i] = b;
            }
        }

        var maxChange = maxAbs.Length == 0 ? 0 : maxAbs.Max();
        var flipRate = flipped.Count(x => x) / (double)rows.Length;
        context.Measure("invariance_max_change", maxChange, name);
        context.Measure("invariance_flip_rate", flipRate, name);
        var impacts = session.Groups.Impact(rows, flipped, maxAbs);
        GroupEvidence.Publish(context, "invariance:" + name, impacts);
        if (maxChange > tolerance || nonFinite > 0)
        {
            var worst = Enumerable.Range(0, rows.Length).Where(i => worstVariant[i] >= 0 && maxAbs[i] > tolerance)
                .OrderByDescending(i => maxAbs[i]).ThenBy(i => i).Take(5).ToList();
            var table = WorstRows(session, f, rows, worst, worstVariant, replaced, scores);
            var evidence = new Evidence(
                [
                    new EvidenceMetric("invariance_max_change", maxChange, Threshold: tolerance),
                    new EvidenceMetric("invariance_flip_rate", flipRate),
                    new EvidenceMetric("non_finite_outputs", nonFinite),
                ],
                [table]);
            evidence = GroupEvidence.With(evidence, $"Decision flip rate by group when '{name}' changes, worst first", impacts, change: "Mean largest |score change|");
            context.Report(Rule, new FindingLocation(Column: name, Rows: [.. worst.Select(i => rows[i])]), evidence, name, maxChange, tolerance, flipRate);
        }
    }

    // Only the changed feature and the score are shown, never the patient's other values.
    private static EvidenceTable WorstRows(ProbeSession session, int f, int[] rows, List<int> worst, int[] worstVariant, List<double> replaced, double[] scores)
    {
        var spread = session.Spreads[f];
        var levels = session.Matrix.LevelsOf(f);
        string Show(double v) => double.IsNaN(v) ? "(missing)"
            : spread.IsNumeric ? Cells.General(v)
            : levels.Count > (int)v ? levels[(int)v] : Cells.General(v);
        var cells = worst.Select(i =>
        {
            var b = worstVariant[i];
            return (IReadOnlyList<string>)[
                Cells.Integer(rows[i]),
                Cells.Change(Show(session.Matrix.Values[(rows[i] * session.Width) + f]), Show(replaced[b])),
                Cells.Change(Cells.Fixed(session.Baseline[rows[i]], 4), Cells.Fixed(scores[b], 4))];
        }).ToList();
        return new EvidenceTable($"Rows whose score moves most when '{spread.Feature.Name}' changes", [Words.Row, Words.ValueOf(spread.Feature.Name), Words.ScoreChange], cells);
    }
}
