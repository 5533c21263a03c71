using System.Globalization;
using ExplainableAI.Models;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>One reference model of fixtures/xgboost with its rows and XGBoost's own pred_contribs (margin space).</summary>
internal sealed class XGBoostReference
{
    private XGBoostReference(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "xgboost");
        Model = ModelLoader.CreateDefault().Load(Path.Combine(folder, name + ".json"), null, new ModelLoadOptions()).Model;
        var data = ReadCsv(Path.Combine(folder, name + ".data.csv"));
        Rows = new FeatureMatrix(Model.Features, [.. data.SelectMany(r => r)], [.. Model.Features.Select(_ => (IReadOnlyList<string>)[])]);
        Contributions = ReadCsv(Path.Combine(folder, name + ".contribs.csv"));
    }

    public static TheoryData<string> Names => ["xgb_binary_small", "xgb_binary_medium", "xgb_regression", "xgb_multiclass", "xgb_bench_500x6"];

    public IAuditModel Model { get; }

    public FeatureMatrix Rows { get; }

    /// <summary>Per row: per class, features then bias.</summary>
    public double[][] Contributions { get; }

    public static XGBoostReference Load(string name) => new(name);

    private static double[][] ReadCsv(string path) =>
        [.. File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(c => c.Length == 0 ? double.NaN : double.Parse(c, CultureInfo.InvariantCulture)).ToArray())];
}
