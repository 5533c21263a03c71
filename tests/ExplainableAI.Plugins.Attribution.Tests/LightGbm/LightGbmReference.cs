using ExplainableAI.Models;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>
/// A small LightGBM model trained at test time by LightGBM itself (seeded, deterministic, one thread) on synthetic data with missing
/// values, saved as a text model and loaded by our adapter, with LightGBM's own probabilities, raw scores and SHAP contributions.
/// </summary>
internal sealed class LightGbmReference
{
    public const int Width = 5;

    private LightGbmReference(string objective, string path, double[] rows, double[] normal, double[] raw, double[] contributions)
    {
        Objective = objective;
        Path = path;
        Model = ModelLoader.CreateDefault().Load(path, null, new ModelLoadOptions()).Model;
        Rows = new FeatureMatrix(Model.Features, rows, [.. Model.Features.Select(_ => (IReadOnlyList<string>)[])]);
        Normal = normal;
        Raw = raw;
        Contributions = contributions;
    }

    public static TheoryData<string> Objectives => ["binary", "regression", "multiclass"];

    public string Objective { get; }

    public string Path { get; }

    public IAuditModel Model { get; }

    /// <summary>The training rows followed by rows with missing values in every feature, including features that had none in training.</summary>
    public FeatureMatrix Rows { get; }

    /// <summary>LightGBM's outputs: probabilities (per class) or the regression value.</summary>
    public double[] Normal { get; }

    /// <summary>LightGBM's raw scores (per class).</summary>
    public double[] Raw { get; }

    /// <summary>LightGBM's SHAP contributions: per row, per class, features then the expected value.</summary>
    public double[] Contributions { get; }

    public int Classes => Objective == "multiclass" ? 3 : 1;

    public static LightGbmReference Train(string objective, string folder)
    {
        var (train, labels) = Synthetic(objective, rows: 400, seed: 11);
        var rows = train.Concat(WithMissing(seed: 12)).ToArray();
        var count = rows.Length / Width;
        var parameters = objective switch
        {
            "multiclass" => "objective=multiclass num_class=3",
            _ => "objective=" + objective,
        } + " num_leaves=12 learning_rate=0.2 min_data_in_leaf=8 seed=7 deterministic=true force_row_wise=true num_threads=1 verbosity=-1";
        LightGbmNative.Check(LightGbmNative.LGBM_DatasetCreateFromMat(
            train, LightGbmNative.Float64, labels.Length, Width, 1, parameters, IntPtr.Zero, out var dataset));
        var booster = IntPtr.Zero;
        try
        {
            LightGbmNative.Check(LightGbmNative.LGBM_DatasetSetField(dataset, "label", labels, labels.Length, LightGbmNative.Float32));
            LightGbmNative.Check(LightGbmNative.LGBM_BoosterCreate(dataset, parameters, out booster));
            for (var i = 0; i < 25; i++)
            {
                LightGbmNative.Check(LightGbmNative.LGBM_BoosterUpdateOneIter(booster, out _));
            }

            var path = System.IO.Path.Combine(folder, "lgb_" + objective + ".txt");
            LightGbmNative.Check(LightGbmNative.LGBM_BoosterSaveModel(booster, 0, -1, 0, path));
            var classes = objective == "multiclass" ? 3 : 1;
            var normal = Predict(booster, rows, count, LightGbmNative.PredictNormal, count * classes);
            var raw = Predict(booster, rows, count, LightGbmNative.PredictRawScore, count * classes);
            var contributions = Predict(booster, rows, count, LightGbmNative.PredictContrib, count * classes * (Width + 1));
            return new LightGbmReference(objective, path, rows, normal, raw, contributions);
        }
        finally
        {
            if (booster != IntPtr.Zero)
            {
                LightGbmNative.LGBM_BoosterFree(booster);
            }

            LightGbmNative.LGBM_DatasetFree(dataset);
        }
    }

    private static double[] Predict(IntPtr booster, double[] rows, int count, int type, int length)
    {
        var result = new double[length];
        LightGbmNative.Check(LightGbmNative.LGBM_BoosterPredictForMat(
            booster, rows, LightGbmNative.Float64, count, Width, 1, type, 0, -1, "num_threads=1", out var written, result));
        Assert.Equal(length, written);
        return result;
    }

    // Features 0–2 have 10 % missing values in training (LightGBM learns a default side: missing type NaN); features 3–4 have none
    // (missing type None: LightGBM reads a later NaN as 0). Values are doubles that single precision does not represent.
    private static (double[] Rows, float[] Labels) Synthetic(string objective, int rows, int seed)
    {
        var random = new Random(seed);
        var x = new double[rows * Width];
        var y = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            var row = x.AsSpan(r * Width, Width);
            for (var f = 0; f < Width; f++)
            {
                row[f] = f < 3 && random.NextDouble() < 0.1 ? double.NaN : (random.NextDouble() * 4) - 2 + (f == 4 ? 1.0 / 3 : 0);
            }

            var a = double.IsNaN(row[0]) ? 1.5 : row[0];
            var b = double.IsNaN(row[1]) ? -1 : row[1];
            var signal = a + (0.8 * b * row[3]) - (0.5 * row[4]) + (double.IsNaN(row[2]) ? 0 : Math.Sin(row[2])) + (0.3 * random.NextDouble());
            y[r] = objective switch
            {
                "binary" => signal > 0.2 ? 1 : 0,
                "multiclass" => signal < -0.5 ? 0 : signal < 0.8 ? 1 : 2,
                _ => (float)signal,
            };
        }

        return (x, y);
    }

    private static double[] WithMissing(int seed)
    {
        var random = new Random(seed);
        var rows = new double[20 * Width];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = random.NextDouble() < 0.4 ? double.NaN : (random.NextDouble() * 4) - 2;
        }

        // One row with every feature missing, one with none.
        rows.AsSpan(0, Width).Fill(double.NaN);
        return rows;
    }
}
