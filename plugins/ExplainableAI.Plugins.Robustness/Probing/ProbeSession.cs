using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// What every robustness check starts from: the rows probed as model input (every evaluation row, or a label-stratified
/// sample of them), their shared baseline scores, the operating threshold, the binary outcomes (when a label exists) and
/// each feature's spread. Perturbed copies of the rows are predicted in batches through one reused buffer and compared
/// with the baseline. Not thread-safe (reuses buffers).
/// </summary>
internal sealed class ProbeSession
{
    // Rows one model call holds at most: small probes share a call (the per-call cost of some adapters is far above the
    // per-row cost), while the buffer stays a few copies of the probed rows at most.
    private const int BatchRows = 1 << 18;

    private readonly Lazy<PairedAurocDrop?> auroc;
    private double[] batch = [];
    private double[] single = [];
    private double[]? scores;
    private bool[]? flipped;
    private double[]? absChange;

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
        auroc = new Lazy<PairedAurocDrop?>(() => outcomes is null ? null : new PairedAurocDrop(baseline, outcomes), LazyThreadSafetyMode.None);
    }

    /// <summary>The model under audit.</summary>
    public IAuditModel Model { get; }

    /// <summary>The rows probed as model input (never modified: perturbations change a copy).</summary>
    public FeatureMatrix Matrix { get; }

    /// <summary>The baseline score per probed row.</summary>
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

    /// <summary>The rows probed grouped by each sensitive attribute.</summary>
    public SensitiveGroups Groups { get; }

    /// <summary>Number of rows probed.</summary>
    public int Rows => Matrix.RowCount;

    /// <summary>The number of rows probed, as evidence: every finding says how many rows its rates come from.</summary>
    public EvidenceMetric ProbedRows => new("probe_rows", Rows);

    /// <summary>Number of model features.</summary>
    public int Width => Matrix.Features.Count;

    /// <summary>Opens a session on every evaluation row: builds the input and fetches the shared baseline predictions.</summary>
    /// <param name="context">The check's context (the model must be present).</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The session.</returns>
    public static ValueTask<ProbeSession> OpenAsync(CheckContext context, CancellationToken cancellationToken) =>
        OpenAsync(context, 0, cancellationToken);

    /// <summary>
    /// Opens a session on the rows the rule's <see cref="ProbeOptions.SampleRows"/> option allows: every evaluation row
    /// when there are no more, else a sample stratified by label and drawn with the check's seeded source. Publishes the
    /// number of rows probed as <c>probe_rows</c>.
    /// </summary>
    /// <param name="context">The check's context (the model must be present).</param>
    /// <param name="rule">The rule that declares the option.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The session.</returns>
    public static async ValueTask<ProbeSession> OpenSampledAsync(CheckContext context, RuleDescriptor rule, CancellationToken cancellationToken)
    {
        var session = await OpenAsync(context, Math.Max(0, context.OptionInteger(rule, ProbeOptions.SampleRows)), cancellationToken).ConfigureAwait(false);
        context.Measure("probe_rows", session.Rows);
        return session;
    }

    private static async ValueTask<ProbeSession> OpenAsync(CheckContext context, int maxRows, CancellationToken cancellationToken)
    {
        var model = context.Model ?? throw new InvalidOperationException("Robustness checks declare CheckInputs.Model.");
        var matrix = FeatureMatrix.FromData(context.Evaluation, model.Features);
        var predictions = await context.GetPredictionsAsync(cancellationToken).ConfigureAwait(false);
        // A positive class that is neither label value is reported by the performance checks; here it only means no outcomes.
        var outcomes = context.Registration.LabelColumn is { } label && context.Evaluation.TryGetColumn(label, out var column)
            ? BinaryLabel.TryRead(column, context.Registration.PositiveClass, unknownPositiveClassIsError: false)?.Outcomes()
            : null;

        // The spreads (ranges, quantiles, standard deviations) are those of all the data, whatever is probed.
        var spreads = FeatureSpread.Of(matrix, context.Reference);
        var all = matrix.RowCount;
        int[]? rows = maxRows > 0 && maxRows < all ? StratifiedSample.Draw(outcomes, all, maxRows, context.Random) : null;
        var baseline = new double[rows?.Length ?? all];
        for (var i = 0; i < baseline.Length; i++)
        {
            baseline[i] = predictions.Score(rows is null ? i : rows[i]);
        }

        if (rows is not null)
        {
            var width = matrix.Features.Count;
            var values = new double[rows.Length * width];
            for (var i = 0; i < rows.Length; i++)
            {
                matrix.Values.AsSpan(rows[i] * width, width).CopyTo(values.AsSpan(i * width, width));
            }

            matrix = matrix.WithValues(values);
            outcomes = outcomes is null ? null : [.. rows.Select(r => outcomes[r])];
        }

        return new ProbeSession(
            model,
            matrix,
            baseline,
            context.Registration.Threshold,
            outcomes,
            spreads,
            context.Registration,
            SensitiveGroups.Of(context.Cohorts, rows));
    }

    /// <summary>The decision for a score: positive when at least the threshold; a non-finite score has no decision.</summary>
    /// <param name="score">The score.</param>
    /// <returns>1 positive, 0 negative, −1 none.</returns>
    public int Decide(double score) => !double.IsFinite(score) ? -1 : score >= Threshold ? 1 : 0;

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
        var result = new double[predictions.RowCount];
        for (var r = 0; r < result.Length; r++)
        {
            result[r] = predictions.Score(r);
        }

        return result;
    }

    /// <summary>
    /// Runs probes: each perturbation changes a fresh copy of the probed rows, and several copies are predicted in one
    /// model call (up to 2^18 rows), through one buffer reused from call to call. When a call throws, each of its probes
    /// is predicted on its own so that the failure is attributed: a probe whose call throws gets its exception.
    /// </summary>
    /// <param name="perturbations">The probes, in order (applied in this order, so seeded perturbations repeat).</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>One result per probe, in order; its scores are valid until the next result is asked for.</returns>
    public IEnumerable<ProbeResult> Run(IReadOnlyList<Perturbation> perturbations, CancellationToken cancellationToken)
    {
        var size = Rows * Width;
        var slots = Math.Clamp(BatchRows / Math.Max(Rows, 1), 1, Math.Max(perturbations.Count, 1));
        scores ??= new double[Rows];
        for (var start = 0; start < perturbations.Count; start += slots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(slots, perturbations.Count - start);
            if (batch.Length != count * size)
            {
                batch = new double[count * size];
            }

            for (var s = 0; s < count; s++)
            {
                var slot = batch.AsSpan(s * size, size);
                Matrix.Values.CopyTo(slot);
                perturbations[start + s](slot);
            }

            var (predictions, error) = TryPredict(batch, cancellationToken);
            if (predictions is not null)
            {
                for (var s = 0; s < count; s++)
                {
                    CopyScores(predictions, s * Rows);
                    yield return new ProbeResult(start + s, scores, null);
                }

                continue;
            }

            if (count == 1)
            {
                yield return new ProbeResult(start, null, error);
                continue;
            }

            if (single.Length != size)
            {
                single = new double[size];
            }

            for (var s = 0; s < count; s++)
            {
                batch.AsSpan(s * size, size).CopyTo(single);
                (predictions, error) = TryPredict(single, cancellationToken);
                if (predictions is null)
                {
                    yield return new ProbeResult(start + s, null, error);
                    continue;
                }

                CopyScores(predictions, 0);
                yield return new ProbeResult(start + s, scores, null);
            }
        }
    }

    /// <summary>
    /// Compares the perturbed score of every probed row with the baseline: flips, score changes, and both AUROCs over the
    /// rows with a label and finite scores, with DeLong's paired 95 % interval of the drop.
    /// </summary>
    /// <param name="perturbed">The perturbed score per probed row.</param>
    /// <returns>The change.</returns>
    public ScoreChange Compare(ReadOnlySpan<double> perturbed)
    {
        var flips = 0;
        var nonFinite = 0;
        double sum = 0;
        var compared = 0;
        for (var r = 0; r < perturbed.Length; r++)
        {
            if (!double.IsFinite(perturbed[r]))
            {
                nonFinite++;
            }

            if (Decide(perturbed[r]) != Decide(Baseline[r]))
            {
                flips++;
            }

            if (double.IsFinite(perturbed[r]) && double.IsFinite(Baseline[r]))
            {
                sum += Math.Abs(perturbed[r] - Baseline[r]);
                compared++;
            }
        }

        var (aucBase, aucPerturbed, interval) = auroc.Value?.Estimate(perturbed) ?? (double.NaN, double.NaN, null);
        return new ScoreChange(
            perturbed.Length == 0 ? 0 : flips / (double)perturbed.Length,
            compared == 0 ? double.NaN : sum / compared,
            nonFinite,
            aucBase,
            aucPerturbed)
        {
            AurocDropInterval = interval,
        };
    }

    /// <summary>
    /// The 95 % interval of a probe's AUROC drop: DeLong's paired interval (computed by <see cref="Compare"/>) when
    /// <paramref name="bootstrapSamples"/> is 0, else a paired Poisson bootstrap with that many resamples.
    /// </summary>
    /// <param name="change">The probe's change.</param>
    /// <param name="perturbed">The perturbed score per probed row.</param>
    /// <param name="random">The seeded source (the bootstrap only).</param>
    /// <param name="bootstrapSamples">The rule's <see cref="ProbeOptions.BootstrapSamples"/>.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The interval, or <see langword="null"/> without a label.</returns>
    public (double Lower, double Upper)? AurocDropInterval(ScoreChange change, ReadOnlySpan<double> perturbed, Random random, int bootstrapSamples, CancellationToken cancellationToken) =>
        bootstrapSamples <= 0 ? change.AurocDropInterval : auroc.Value?.Bootstrap(perturbed, random, bootstrapSamples, cancellationToken);

    /// <summary>How a perturbation of every probed row hit each sensitive-attribute group.</summary>
    /// <param name="perturbed">The perturbed score per probed row.</param>
    /// <returns>One impact per group.</returns>
    public IReadOnlyList<GroupImpact> GroupImpact(ReadOnlySpan<double> perturbed)
    {
        if (Groups.Subjects.Count == 0)
        {
            return [];
        }

        flipped ??= new bool[Rows];
        absChange ??= new double[Rows];
        for (var r = 0; r < perturbed.Length; r++)
        {
            flipped[r] = Decide(perturbed[r]) != Decide(Baseline[r]);
            absChange[r] = double.IsFinite(perturbed[r]) && double.IsFinite(Baseline[r]) ? Math.Abs(perturbed[r] - Baseline[r]) : double.NaN;
        }

        return Groups.ImpactOfAll(flipped, absChange);
    }

    // A declared limit narrows the spread's range, never widens it.
    private static (double Lower, double Upper) Bound(FeatureSpread spread, FeatureFacts facts) =>
        (facts.Minimum is { } min ? Math.Max(spread.Min, min) : spread.Min, facts.Maximum is { } max ? Math.Min(spread.Max, max) : spread.Max);

    private (Predictions? Predictions, Exception? Error) TryPredict(double[] values, CancellationToken cancellationToken)
    {
        try
        {
            return (Model.Predict(Matrix.WithValues(values), cancellationToken), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return (null, exception);
        }
    }

    private void CopyScores(Predictions predictions, int first)
    {
        for (var r = 0; r < Rows; r++)
        {
            scores![r] = predictions.Score(first + r);
        }
    }
}
