using System.Globalization;
using ExplainableAI.Models;
using ExplainableAI.Sdk;

namespace ExplainableAI.Benchmarks.Attribution;

/// <summary>The 500-tree XGBoost benchmark model and its 200 rows (fixtures/xgboost/make_models.py).</summary>
internal static class BenchModel
{
    public static (ITreeEnsembleModel Model, FeatureMatrix Rows) Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "xgboost");
        var model = (ITreeEnsembleModel)ModelLoader.CreateDefault().Load(Path.Combine(folder, "xgb_bench_500x6.json"), null, new ModelLoadOptions()).Model;
        var values = File.ReadAllLines(Path.Combine(folder, "xgb_bench_500x6.data.csv")).Skip(1).Where(l => l.Length > 0)
            .SelectMany(l => l.Split(',').Select(c => c.Length == 0 ? double.NaN : double.Parse(c, CultureInfo.InvariantCulture)))
            .ToArray();
        return (model, new FeatureMatrix(model.Features, values, [.. model.Features.Select(_ => (IReadOnlyList<string>)[])]));
    }
}
