using System.Globalization;

namespace ExplainableAI.Models.Tests;

/// <summary>One reference model of fixtures/xgboost: the JSON file and XGBoost's own outputs for its rows.</summary>
internal sealed class XGBoostReference
{
    private XGBoostReference(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "xgboost");
        ModelPath = Path.Combine(folder, name + ".json");
        (Header, Data) = ReadCsv(Path.Combine(folder, name + ".data.csv"));
        Margins = ReadCsv(Path.Combine(folder, name + ".margin.csv")).Rows;
        Predictions = ReadCsv(Path.Combine(folder, name + ".pred.csv")).Rows;
    }

    public static TheoryData<string> Names => ["xgb_binary_small", "xgb_binary_medium", "xgb_regression", "xgb_multiclass", "xgb_bench_500x6"];

    public string ModelPath { get; }

    public string[] Header { get; }

    public double[][] Data { get; }

    public double[][] Margins { get; }

    public double[][] Predictions { get; }

    public static XGBoostReference Load(string name) => new(name);

    private static (string[] Header, double[][] Rows) ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var rows = lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(c => c.Length == 0 ? double.NaN : double.Parse(c, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        return (lines[0].Split(','), rows);
    }
}
