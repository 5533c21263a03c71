using System.Reflection;
using ExplainableAI.Sdk;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace ExplainableAI.Models;

/// <summary>
/// Reads an ML.NET pipeline's structure to expose what explainers can use: the trees of a FastTree / LightGBM predictor
/// (<see cref="ITreeEnsembleModel"/>) or the coefficients of a linear one (<see cref="ILinearModel"/>). Only when the predictor's
/// feature vector is made by <c>Concatenate</c> steps alone from single-precision input columns is every vector slot one model feature;
/// any other transform before the predictor (normalizers, one-hot encoding, missing-value replacement …) changes what a slot means,
/// so then nothing is exposed and explainers treat the model as a black box (exact or kernel SHAP).
/// </summary>
internal static class MlNetStructure
{
    // Tree predictors whose Score is Bias + Σ weight × leaf (Tweedie exponentiates, FastForest averages quantile trees: not these).
    private static readonly string[] TreePredictors =
    [
        "FastTreeBinaryModelParameters", "FastTreeRegressionModelParameters", "LightGbmBinaryModelParameters", "LightGbmRegressionModelParameters",
    ];

    /// <summary>The model with its trees or coefficients exposed when its pipeline allows, else <paramref name="model"/> itself.</summary>
    /// <param name="model">The black-box model.</param>
    /// <param name="transformer">The loaded pipeline.</param>
    /// <param name="inputSchema">The schema of the rows fed to the pipeline.</param>
    /// <param name="columns">The pipeline's input columns.</param>
    /// <param name="positiveIndex">For binary models, 0 when the reported margin is negated (positive class <c>false</c>).</param>
    /// <param name="path">The model file, for errors.</param>
    /// <returns>The model to hand out.</returns>
    public static IAuditModel Expose(
        MlNetAuditModel model, ITransformer transformer, DataViewSchema inputSchema, InputColumn[] columns, int positiveIndex, string path)
    {
        if (model.Task == ModelTask.MulticlassClassification || !TryFindPredictor(transformer, out var featureColumn, out var predictor, out var before))
        {
            return model;
        }

        var slots = SlotFeatures(featureColumn, before, inputSchema, columns, model.Features);
        if (slots is null)
        {
            return model;
        }

        var negate = model.Task == ModelTask.BinaryClassification && positiveIndex == 0;
        var link = model.Task == ModelTask.BinaryClassification ? TreeLink.Logistic : TreeLink.Identity;
        var inner = Unwrap(predictor);
        if (inner is TreeEnsembleModelParametersBasedOnRegressionTree trees && TreePredictors.Contains(inner.GetType().Name, StringComparer.Ordinal))
        {
            var ensemble = Trees(trees.TrainedTreeEnsemble, slots, model.Features.Count, link, path);
            return new MlNetTreeModel(model, negate ? TreeOutputs.Negate(ensemble) : ensemble);
        }

        // Poisson regression exponentiates its linear score; every other linear regressor (SDCA, online gradient descent, OLS) does not.
        if (inner is LinearBinaryModelParameters or (RegressionModelParameters and not PoissonRegressionModelParameters))
        {
            var linear = (LinearModelParameters)inner;
            var weights = new double[model.Features.Count];
            var sign = negate ? -1.0 : 1.0;
            for (var s = 0; s < Math.Min(slots.Length, linear.Weights.Count); s++)
            {
                weights[slots[s]] += sign * linear.Weights[s];
            }

            return new MlNetLinearModel(model, weights, sign * linear.Bias, link);
        }

        return model;
    }

    /// <summary>
    /// The trees of a pipeline's tree predictor over the slots of its feature vector (slot <c>s</c> is feature <c>s</c>), whatever the
    /// steps before it; <see langword="null"/> when the predictor is not a supported tree ensemble. For tests and diagnostics.
    /// </summary>
    /// <param name="transformer">The loaded pipeline.</param>
    /// <param name="path">The model file, for errors.</param>
    /// <returns>The trees and the name of the feature-vector column, or <see langword="null"/>.</returns>
    internal static (TreeEnsemble Trees, string FeatureColumn)? SlotTrees(ITransformer transformer, string path)
    {
        if (!TryFindPredictor(transformer, out var featureColumn, out var predictor, out _)
            || Unwrap(predictor) is not TreeEnsembleModelParametersBasedOnRegressionTree trees)
        {
            return null;
        }

        var width = trees.TrainedTreeEnsemble.Trees.SelectMany(t => t.NumericalSplitFeatureIndexes).DefaultIfEmpty(0).Max() + 1;
        var identity = Enumerable.Range(0, width).ToArray();
        return (Trees(trees.TrainedTreeEnsemble, identity, width, TreeLink.Identity, path), featureColumn);
    }

    private static bool TryFindPredictor(ITransformer transformer, out string featureColumn, out object predictor, out List<ITransformer> before)
    {
        featureColumn = string.Empty;
        predictor = new object();
        before = [];
        if (transformer is not IEnumerable<ITransformer> chain)
        {
            return false;
        }

        foreach (var step in chain)
        {
            if (step is ISingleFeaturePredictionTransformer<object> prediction)
            {
                featureColumn = prediction.FeatureColumnName;
                predictor = prediction.Model;
                return true;
            }

            before.Add(step);
        }

        return false;
    }

    // Per slot of the feature vector, the model feature it holds; null when some step before the predictor is not a concatenation
    // or a slot does not hold a feature. Concatenations only copy values, so one probe row whose feature f holds f + 1 (exact in
    // single precision) shows, through the steps themselves, which feature lands in which slot.
    private static int[]? SlotFeatures(string featureColumn, List<ITransformer> before, DataViewSchema inputSchema, InputColumn[] columns, IReadOnlyList<ModelFeature> features)
    {
        if (before.Any(step => step is not ColumnConcatenatingTransformer))
        {
            return null;
        }

        var probe = new FeatureMatrix(
            features, [.. Enumerable.Range(1, features.Count).Select(i => (double)i)], [.. features.Select(_ => (IReadOnlyList<string>)[])]);
        IDataView view = new FeatureMatrixDataView(inputSchema, columns, probe);
        foreach (var step in before)
        {
            view = step.Transform(view);
        }

        var column = view.Schema.GetColumnOrNull(featureColumn);
        if (column?.Type is not VectorDataViewType { ItemType: NumberDataViewType item } || item.RawType != typeof(float))
        {
            return null;
        }

        using var cursor = view.GetRowCursor([column.Value]);
        var getter = cursor.GetGetter<VBuffer<float>>(column.Value);
        var buffer = default(VBuffer<float>);
        if (!cursor.MoveNext())
        {
            return null;
        }

        getter(ref buffer);
        var slots = new List<int>();
        foreach (var value in buffer.DenseValues())
        {
            var feature = (int)value - 1;
            if (value != feature + 1 || feature < 0 || feature >= features.Count
                || columns.First(c => c.FeatureIndex == feature).Type != NumberDataViewType.Single)
            {
                return null;
            }

            slots.Add(feature);
        }

        return [.. slots];
    }

    // Calibrated binary predictors wrap the scoring model (CalibratedModelParametersBase<TSubModel, TCalibrator>.SubModel).
    // (The generic class hides a base property of the same name, so the name alone is ambiguous.)
    private static object Unwrap(object predictor) =>
        predictor.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name == "SubModel" && p.GetIndexParameters().Length == 0)
            .Select(p => p.GetValue(predictor))
            .FirstOrDefault(v => v is not null) ?? predictor;

    private static TreeEnsemble Trees(RegressionTreeEnsemble ensemble, int[] slots, int featureCount, TreeLink link, string path)
    {
        var builder = new TreeEnsembleBuilder();
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            var weight = ensemble.TreeWeights[t];
            var inner = tree.NumberOfLeaves - 1;
            for (var n = 0; n < inner; n++)
            {
                if (tree.CategoricalSplitFlags[n])
                {
                    throw new InvalidAuditInputException(
                        $"tree {t} node {n} of the ML.NET tree ensemble is a categorical split, which is not supported; train without categorical split options",
                        file: path);
                }

                if (tree.NumericalSplitFeatureIndexes[n] >= slots.Length)
                {
                    throw new InvalidAuditInputException(
                        $"tree {t} node {n} splits on slot {tree.NumericalSplitFeatureIndexes[n]} of a {slots.Length}-slot feature vector", file: path);
                }
            }

            // ML.NET goes left when x <= threshold in single precision; NaN compares false, so a missing value always goes right.
            // Covers are not stored: 1 here, replaced by counts from background data (TreeEnsemble.WithCovers) before TreeSHAP.
            builder.AddTree(
                0,
                inner,
                n => (slots[tree.NumericalSplitFeatureIndexes[n]], TreeEnsembleBuilder.LessOrEqualThreshold(tree.NumericalSplitThresholds[n]), false,
                    tree.LeftChild[n], tree.RightChild[n], 1),
                l => (weight * tree.LeafValues[l], 1));
        }

        return builder.Build(featureCount, [ensemble.Bias], link, withCovers: false);
    }
}
