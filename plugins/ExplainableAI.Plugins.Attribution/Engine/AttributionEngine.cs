using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Computes SHAP attributions of one model output for a set of rows, and checks additivity (base value + Σ attributions =
/// prediction) on every row. The library entry point behind the attribution checks and the <c>xai explain</c> command.
/// </summary>
public static class AttributionEngine
{
    /// <summary>Explains rows of a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="rows">The rows to explain, in the model's feature order.</param>
    /// <param name="background">
    /// Background rows that stand for "feature absent" (interventional methods); may be <see langword="null"/> for
    /// <see cref="AttributionMethod.TreePathDependent"/>, which uses the trees' training covers instead.
    /// </param>
    /// <param name="method">The method, or <see cref="AttributionMethod.Auto"/>.</param>
    /// <param name="output">Margin or probability.</param>
    /// <param name="classIndex">For multiclass models, the class explained (required); ignored otherwise.</param>
    /// <param name="settings">Tuning; <see langword="null"/> uses <see cref="AttributionSettings.Default"/>.</param>
    /// <param name="progress">Receives the fraction done, from 0 to 1.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The attributions.</returns>
    /// <exception cref="ArgumentException">The method does not fit the model or output, or the matrices do not fit the model.</exception>
    public static AttributionResult Explain(
        IAuditModel model,
        FeatureMatrix rows,
        FeatureMatrix? background,
        AttributionMethod method,
        AttributionOutput output,
        int? classIndex,
        AttributionSettings? settings,
        IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rows);
        settings ??= AttributionSettings.Default;
        var width = model.Features.Count;
        if (rows.Features.Count != width)
        {
            throw new ArgumentException($"The rows have {rows.Features.Count} features; the model expects {width}.", nameof(rows));
        }

        var modelOutput = new ModelOutput(model, output, classIndex);
        var marginSpace = output == AttributionOutput.Margin || model.Task == ModelTask.Regression;
        var treeReady = model is ITreeEnsembleModel && marginSpace;
        var linearReady = model is ILinearModel && marginSpace;
        method = method switch
        {
            AttributionMethod.Auto when treeReady => AttributionMethod.TreePathDependent,
            AttributionMethod.Auto when linearReady => AttributionMethod.Linear,
            AttributionMethod.Auto when width <= settings.MaxExactFeatures => AttributionMethod.Exact,
            AttributionMethod.Auto => AttributionMethod.Kernel,
            _ => method,
        };
        if (method == AttributionMethod.TreePathDependent && !treeReady)
        {
            throw new ArgumentException("Path-dependent TreeSHAP needs a tree-ensemble model and the margin output.", nameof(method));
        }

        if (method == AttributionMethod.TreeInterventional && !treeReady)
        {
            throw new ArgumentException("Interventional TreeSHAP needs a tree-ensemble model and the margin output.", nameof(method));
        }

        if (method == AttributionMethod.Linear && !linearReady)
        {
            throw new ArgumentException("Linear SHAP needs a linear model (ILinearModel) and the margin output.", nameof(method));
        }

        var ensemble = method == AttributionMethod.TreePathDependent ? ((ITreeEnsembleModel)model).Ensemble : null;
        if (method != AttributionMethod.TreePathDependent || ensemble is { HasCovers: false })
        {
            if (background is null || background.RowCount == 0)
            {
                throw new ArgumentException(
                    ensemble is null ? "Interventional methods need background rows." : "The model's trees have no covers; background rows are needed to count them.",
                    nameof(background));
            }

            if (background.Features.Count != width)
            {
                throw new ArgumentException($"The background has {background.Features.Count} features; the model expects {width}.", nameof(background));
            }
        }

        var predictions = modelOutput.Evaluate(rows, cancellationToken);
        var count = rows.RowCount;
        double[] values;
        double[] baseValues;
        double[]? standardErrors = null;
        if (method == AttributionMethod.TreePathDependent)
        {
            // Formats without training covers (ML.NET FastTree) get covers counted from the background rows.
            var forest = new TreeShapForest(ensemble!.HasCovers ? ensemble : ensemble.WithCovers(background!));
            (values, var baseValue) = TreeShapExplainer.Explain(forest, rows, modelOutput.Class, settings.MaxDegreeOfParallelism, progress, cancellationToken);
            baseValues = Enumerable.Repeat(baseValue, count).ToArray();
        }
        else if (method == AttributionMethod.TreeInterventional)
        {
            var forest = new TreeShapForest(((ITreeEnsembleModel)model).Ensemble);
            (values, var baseValue) = InterventionalTreeShapExplainer.Explain(
                forest, rows, background!, modelOutput.Class, settings.MaxDegreeOfParallelism, progress, cancellationToken);
            baseValues = Enumerable.Repeat(baseValue, count).ToArray();
        }
        else if (method == AttributionMethod.Linear)
        {
            (values, var baseValue) = LinearShap.Explain((ILinearModel)model, rows, background!, cancellationToken);
            baseValues = Enumerable.Repeat(baseValue, count).ToArray();
            progress?.Report(1);
        }
        else
        {
            values = new double[count * width];
            baseValues = new double[count];
            if (method != AttributionMethod.Exact)
            {
                standardErrors = new double[count * width];
            }

            ExplainBySampling(modelOutput, rows, background!, method, settings, values, baseValues, standardErrors, progress, cancellationToken);
        }

        var maxError = 0.0;
        for (var r = 0; r < count; r++)
        {
            var sum = baseValues[r];
            for (var f = 0; f < width; f++)
            {
                sum += values[(r * width) + f];
            }

            maxError = Math.Max(maxError, Math.Abs(sum - predictions[r]));
        }

        return new AttributionResult(method, [.. model.Features.Select(f => f.Name)], count, baseValues, predictions, values, maxError, standardErrors);
    }

    private static void ExplainBySampling(
        ModelOutput output,
        FeatureMatrix rows,
        FeatureMatrix background,
        AttributionMethod method,
        AttributionSettings settings,
        double[] values,
        double[] baseValues,
        double[]? standardErrors,
        IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        var width = rows.Features.Count;
        if (method == AttributionMethod.Exact && width > 24)
        {
            throw new ArgumentException($"Exact Shapley values over {width} features need 2^{width} coalitions; use kernel or permutation.", nameof(method));
        }

        var coalitions = new CoalitionValues(output, background, settings.MaxBatchRows);

        // Everything that does not depend on the row is planned once: the exact masks, the kernel's enumerated coalitions and
        // their share of the normal equations.
        var exactMasks = method == AttributionMethod.Exact ? ExactShapley.AllMasks(width) : null;
        var kernelPlan = method == AttributionMethod.Kernel
            ? KernelShapley.Plan(width, settings.KernelBudget ?? ((2 * width) + 2048), settings.KernelBatches)
            : null;
        var done = 0;
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
        };
        Parallel.For(0, rows.RowCount, options, () => new Worker(kernelPlan), (r, _, worker) =>
        {
            var x = rows.Row(r);
            var phi = values.AsSpan(r * width, width);

            // Each row has its own generator, seeded stably from the seed and the row, so results depend neither on thread
            // scheduling nor on the process (HashCode is randomised per process).
            var random = new Random(StableSeed.Derive(settings.Seed, r));
            switch (method)
            {
                case AttributionMethod.Exact:
                    var all = worker.Values(1 << width);
                    coalitions.Evaluate(x, exactMasks, all, worker.Buffers, cancellationToken);
                    ExactShapley.Compute(all, width, phi);
                    baseValues[r] = all[0];
                    break;
                case AttributionMethod.Permutation:
                    var (masks, orders) = PermutationShapley.Plan(width, Math.Max(1, settings.PermutationPairs), random);
                    var sampled = worker.Values(orders.Length / width * (width + 1));
                    coalitions.Evaluate(x, masks, sampled, worker.Buffers, cancellationToken);
                    PermutationShapley.Compute(sampled, orders, width, phi, standardErrors.AsSpan(r * width, width));
                    baseValues[r] = sampled[0];
                    break;
                default:
                    KernelShapley.Sample(kernelPlan!, random, worker.KernelMasks!);
                    var kernelValues = worker.Values(kernelPlan!.Count);
                    coalitions.Evaluate(x, worker.KernelMasks, kernelValues, worker.Buffers, cancellationToken);
                    KernelShapley.Compute(kernelPlan, worker.KernelMasks!, kernelValues, phi, standardErrors.AsSpan(r * width, width));
                    baseValues[r] = kernelValues[0];
                    break;
            }

            progress?.Report((double)Interlocked.Increment(ref done) / rows.RowCount);
            return worker;
        }, _ => { });
    }

    /// <summary>One worker thread's buffers, reused for every row it explains.</summary>
    private sealed class Worker(KernelPlan? kernelPlan)
    {
        private double[] values = [];

        public CoalitionBuffers Buffers { get; } = new();

        /// <summary>The kernel plan's masks, the enumerated part copied once, the sampled part drawn anew per row.</summary>
        public bool[]? KernelMasks { get; } = kernelPlan?.NewMasks();

        public Span<double> Values(int count)
        {
            if (values.Length < count)
            {
                values = new double[count];
            }

            return values.AsSpan(0, count);
        }
    }
}
