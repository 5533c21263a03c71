using Microsoft.ML;
using Microsoft.ML.Data;

namespace ExplainableAI.Cli.Tests;

/// <summary>Loads the demo's CSV the way a vendor would with ML.NET itself: the independent side of the comparisons.</summary>
internal static class DemoCsv
{
    private static readonly string[] Numeric = ["age", "heart_rate", "resp_rate", "temperature", "systolic_bp", "wbc", "lactate", "creatinine", "crp", "spo2"];

    public static IDataView Load(MLContext context, string path)
    {
        var header = File.ReadLines(path).First().Split(',');
        var columns = header.Select((name, i) => new TextLoader.Column(name, KindOf(name), i)).ToArray();
        return context.Data.LoadFromTextFile(path, new TextLoader.Options
        {
            Columns = columns,
            HasHeader = true,
            Separators = [','],
            // ML.NET reads an empty number as 0 unless told otherwise; the audit keeps it missing.
            MissingRealsAsNaNs = true,
        });
    }

    private static DataKind KindOf(string name) => name switch
    {
        "sex" or "site" => DataKind.String,
        "antibiotics_ordered" or "sepsis" => DataKind.Boolean,
        _ when Numeric.Contains(name) => DataKind.Single,
        _ => throw new ArgumentException($"Unexpected demo column {name}."),
    };
}
