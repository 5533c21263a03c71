using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// What every robustness check starts from: the evaluation rows as model input, the shared baseline scores, the
/// operating threshold, the binary outcomes (when a label exists) and each feature's spread. Perturbed copies of the
/// input are predicted in batches and compared with the baseline.
/// </summary>
internal sealed class ProbeSession
{
    private ProbeSession(IAuditModel model, FeatureMatrix matrix, double[] baseline, double threshold, byte[]? outcomes, FeatureSpread[] spreads, RegistrationInfo registration, SensitiveGroups groups)
    {
        Groups = groups;
        Bounds = [.. spreads.Select(s => Bound(s, registration.FactsFor(s.Feature.Name)))];
        Model = model;
        Matrix = matrix;
        Baseline = baseline;
        Threshold = threshold;
        Outcomes = outcomes;
        Spreads = spreads;
    }

    /// <summary>The model under audit.</summary>
    public IAuditModel Model { get; }

    /// <summary>The evaluation rows as model input (never modified: perturb a copy of its values).</summary>
    public FeatureMatrix Matrix { get; }

    /// <summary>The baseline score per evaluation row.</summary>
    public double[] Baseline { get; }

    /// <summary>The operating threshold.</summary>
    public double Threshold { get; }

    /// <summary>1 positive, 0 negative, <see cref="BinaryLabel.Missing"/> per row; <see langword="null"/> without a binary label.</summary>
    public byte[]? Outcomes { get; }

    /// <summary>The spread of each feature, in model order.</summary>
    public FeatureSpread[] Spreads { get; }

    /// <summary>
    /// Per feature, the range a plausible change stays in: the spread's [min, max], narrowed by the physiological limits
    /// the registration declares (a declared limit never widens it).
    /// </summary>
    public IReadOnlyList<(double Lower, double Upper)> Bounds { get; }

    /// <summary>The evaluation rows grouped by each sensitive attribute.</summary>
    public SensitiveGroups Groups { get; }

    /// <summary>Number of evaluation rows.</summary>
    public int Rows => Matrix.RowCount;

    /// <summary>Number of model features.</summary>
    public int Width => Matrix.Features.Count;

    /// <summary>Opens a session: builds the input and fetches the shared baseline predictions.</summary>
    /// <param name="context">The check's context (the model must be present).</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The session.</returns>
    public static async ValueTask<ProbeSession> OpenAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var model = context.Model ?? throw new InvalidOperationException("Robustness checks declare CheckInputs.Model.");
        var matrix = FeatureMatrix.FromData(context.Evaluation, model.Features);
        var predictions = await context.GetPredictionsAsync(cancellationToken).ConfigureAwait(false);
        var baseline = new double[predictions.RowCount];
        for (var r = 0; r < baseline.Length; r++)
        {
            baseline[r] = predictions.Score(r);
        }

        var outcomes = BinaryLabel.TryRead(context.Evaluation, context.Registration);
        return new ProbeSession(
            model,
            matrix,
            baseline,
            context.Registration.Threshold,
            outcomes,
            FeatureSpread.Of(matrix, context.Reference),
            context.Registration,
            SensitiveGroups.Of(context.Evaluation, context.Registration.SensitiveAttributes));

    }

    /// <summary>The decision for a score: positive when at least the threshold; a non-finite score has no decision.</summary>
    /// <param name="score">The score.</param>
    /// <returns>1 positive, 0 negative, −1 none.</returns>
    public int Decide(double score) => !double.IsFinite(score) ? -1 : score >= Threshold ? 1 : 0;

    /// <summary>A copy of the evaluation values, to perturb.</summary>
    /// <returns>The copy.</returns>
    public double[] CopyValues() => (double[])Matrix.Values.Clone();

    /// <summary>
    /// Up to <paramref name="count"/> distinct evaluation rows drawn without replacement (a partial Fisher–Yates shuffle),
    /// in ascending order; every row when there are no more than that.
    /// </summary>
    /// <param name="random">The seeded source.</param>
    /// <param name="count">How many rows.</param>
    /// <returns>Row indices.</returns>
    public int[] SampleRows(Random random, int count)
    {
        var all = Enumerable.Range(0, Rows).ToArray();
        if (count >= Rows)
        {
            return all;
        }

        for (var i = 0; i < count; i++)
        {
            var j = i + random.Next(Rows - i);
            (all[i], all[j]) = (all[j], all[i]);
        }

        var sample = all[..Math.Max(count, 0)];
        Array.Sort(sample);
        return sample;
    }

    /// <summary>Copies one evaluation row's values into a batch at a batch row.</summary>
    /// <param name="row">The evaluation row.</param>
    /// <param name="batch">The batch's row-major values.</param>
    /// <param name="batchRow">The batch row to fill.</param>
    public void CopyRow(int row, double[] batch, int batchRow) =>
        Matrix.Values.AsSpan(row * Width, Width).CopyTo(batch.AsSpan(batchRow * Width, Width));

    /// <summary>Predicts a batch of rows (row-major values in model order) in one call and returns the score per row.</summary>
    /// <param name="values">The values; a multiple of the feature count.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The scores.</returns>
    public double[] Predict(double[] values, CancellationToken cancellationToken)
    {
        var predictions = Model.Predict(Matrix.WithValues(values), cancellationToken);
        var scores = new double[predictions.RowCount];
        for (var r = 0; r < scores.Length; r++)
        {
            scores[r] = predictions.Score(r);
        }

        return scores;
    }

    /// <summary>
    /// Predicts several perturbed copies of the evaluation rows in one model call (the per-call cost of some adapters is
    /// far above the per-row cost). When that call throws, each copy is predicted on its own so that a failure can be
    /// attributed: a copy whose call throws gets its exception instead of scores.
    /// </summary>
    /// <param name="variants">Copies of the evaluation values, each <see cref="Rows"/> × <see cref="Width"/>.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>Per copy, its scores or the exception its prediction threw.</returns>
    public IReadOnlyList<(double[]? Scores, Exception? Error)> PredictEach(IReadOnlyList<double[]> variants, CancellationToken cancellationToken)
    {
        var size = Rows * Width;
        var all = new double[variants.Count * size];
        for (var v = 0; v < variants.Count; v++)
        {
            variants[v].CopyTo(all, v * size);
        }

        try
        {
            var scores = Predict(all, cancellationToken);
            return [.. Enumerable.Range(0, variants.Count).Select(v => ((double[]?)scores[(v * Rows)..((v + 1) * Rows)], (Exception?)null))];
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            var results = new List<(double[]?, Exception?)>(variants.Count);
            foreach (var variant in variants)
            {
                try
                {
                    results.Add((Predict(variant, cancellationToken), null));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    results.Add((null, exception));
                }
            }

            return results;
        }
    }

    /// <summary>Compares scores of every evaluation row, perturbed, with the baseline.</summary>
    /// <param name="scores">The perturbed score per evaluation row.</param>
    /// <returns>The change.</returns>
    public ScoreChange Compare(double[] scores)
    {
        var flips = 0;
        var nonFinite = 0;
        double absChange = 0;
        var compared = 0;
        for (var r = 0; r < scores.Length; r++)
        {
            if (!double.IsFinite(scores[r]))
            {
                nonFinite++;
            }

            if (Decide(scores[r]) != Decide(Baseline[r]))
            {
                flips++;
            }

            if (double.IsFinite(scores[r]) && double.IsFinite(Baseline[r]))
            {
                absChange += Math.Abs(scores[r] - Baseline[r]);
                compared++;
            }
        }

        var (aucBase, aucPerturbed) = Aurocs(scores);
        return new ScoreChange(
            scores.Length == 0 ? 0 : flips / (double)scores.Length,
            compared == 0 ? double.NaN : absChange / compared,
            nonFinite,
            aucBase,
            aucPerturbed);
    }

    /// <summary>How a perturbation of every evaluation row hit each sensitive-attribute group.</summary>
    /// <param name="scores">The perturbed score per evaluation row.</param>
    /// <returns>One impact per group.</returns>
    public IReadOnlyList<GroupImpact> GroupImpact(double[] scores)
    {
        if (Groups.Subjects.Count == 0)
        {
            return [];
        }

        var flipped = new bool[scores.Length];
        var absChange = new double[scores.Length];
        for (var r = 0; r < scores.Length; r++)
        {
            flipped[r] = Decide(scores[r]) != Decide(Baseline[r]);
            absChange[r] = double.IsFinite(scores[r]) && double.IsFinite(Baseline[r]) ? Math.Abs(scores[r] - Baseline[r]) : double.NaN;
        }

        return Groups.Impact([.. Enumerable.Range(0, scores.Length)], flipped, absChange);
    }

    /// <summary>
    /// A percentile confidence interval (2.5 % and 97.5 %) of the AUROC drop by paired bootstrap: rows are resampled with
    /// replacement and both AUROCs computed on the same resample, so the pairing of baseline and perturbed scores is kept.
    /// The rows are sorted once by each score; a resample is a count per row and each AUROC one pass over a sorted order.
    /// Scores equal to the baseline on every compared row give a drop of exactly 0 on every resample, so [0, 0].
    /// </summary>
    /// <param name="scores">The perturbed score per evaluation row.</param>
    /// <param name="random">The seeded source.</param>
    /// <param name="samples">Number of resamples; fewer than 2 gives no interval.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The interval, or <see langword="null"/> without a label or resamples.</returns>
    public (double Lower, double Upper)? BootstrapAurocDrop(double[] scores, Random random, int samples, CancellationToken cancellationToken)
    {
        if (Outcomes is null || samples < 2)
        {
            return null;
        }

        var rows = ComparableRows(scores);
        if (rows.Length == 0)
        {
            return null;
        }

        var baseline = new SortedScores(Baseline, rows);
        var perturbed = new SortedScores(scores, rows);
        var drops = new List<double>(samples);
        var counts = new int[scores.Length];
        for (var b = 0; b < samples; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(counts);
            for (var i = 0; i < rows.Length; i++)
            {
                counts[rows[random.Next(rows.Length)]]++;
            }

            var drop = baseline.Auroc(counts, Outcomes) - perturbed.Auroc(counts, Outcomes);
            if (!double.IsNaN(drop))
            {
                drops.Add(drop);
            }
        }

        if (drops.Count < 2)
        {
            return null;
        }

        drops.Sort();
        var sorted = drops.ToArray();
        return (Quantile.Type7(sorted, 0.025), Quantile.Type7(sorted, 0.975));
    }

    // A declared limit narrows the spread's range, never widens it.
    private static (double Lower, double Upper) Bound(FeatureSpread spread, FeatureFacts facts) =>
        (facts.Minimum is { } min ? Math.Max(spread.Min, min) : spread.Min, facts.Maximum is { } max ? Math.Min(spread.Max, max) : spread.Max);

    private int[] ComparableRows(double[] scores)
    {
        var rows = new List<int>(scores.Length);
        for (var r = 0; r < scores.Length; r++)
        {
            if (Outcomes![r] != BinaryLabel.Missing && double.IsFinite(scores[r]) && double.IsFinite(Baseline[r]))
            {
                rows.Add(r);
            }
        }

        return [.. rows];
    }

    // Both AUROCs over the same rows: those with a label and finite baseline and perturbed scores.
    private (double Baseline, double Perturbed) Aurocs(double[] scores)
    {
        if (Outcomes is null)
        {
            return (double.NaN, double.NaN);
        }

        var rows = ComparableRows(scores);
        var outcomes = rows.Select(r => Outcomes[r]).ToArray();
        var perturbedOutcomes = (byte[])outcomes.Clone();
        return (Auroc.FromScores(rows.Select(r => Baseline[r]).ToArray(), outcomes),
            Auroc.FromScores(rows.Select(r => scores[r]).ToArray(), perturbedOutcomes));
    }
}
