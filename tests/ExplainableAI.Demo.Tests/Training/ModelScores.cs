using Microsoft.ML;
using Microsoft.ML.Data;

namespace ExplainableAI.Demo.Tests.Training;

/// <summary>
/// Scores a CSV with a saved ML.NET model the way an adapter would: the text loader's columns come from the
/// model's input schema, matched to the CSV header by name.
/// </summary>
internal sealed record ModelScores(IReadOnlyList<float> Probabilities, IReadOnlyList<bool> Labels, IReadOnlyList<string> Sex)
{
    public static ModelScores Score(string modelPath, string csvPath, int seed = 1)
    {
        var mlContext = new MLContext(seed);
        var model = mlContext.Model.Load(modelPath, out var inputSchema);
        var header = File.ReadLines(csvPath).First().Split(',');
        var columns = inputSchema
            .Select(column => new TextLoader.Column(column.Name, KindOf(column.Type), Array.IndexOf(header, column.Name)))
            .ToArray();
        var loader = mlContext.Data.CreateTextLoader(new TextLoader.Options
        {
            Columns = columns,
            HasHeader = true,
            Separators = [','],
            // Empty fields are missing values, not zeros.
            MissingRealsAsNaNs = true,
        });
        var scored = model.Transform(loader.Load(csvPath));
        return new ModelScores(
            scored.GetColumn<float>("Probability").ToArray(),
            scored.GetColumn<bool>("sepsis").ToArray(),
            scored.GetColumn<ReadOnlyMemory<char>>("sex").Select(static s => s.ToString()).ToArray());
    }

    /// <summary>Area under the ROC curve by the Mann–Whitney rank-sum formula, ties counted as one half.</summary>
    public double Auroc()
    {
        var positives = Enumerable.Range(0, Labels.Count).Where(i => Labels[i]).Select(i => Probabilities[i]).ToArray();
        var negatives = Enumerable.Range(0, Labels.Count).Where(i => !Labels[i]).Select(i => Probabilities[i]).ToArray();
        double wins = 0;
        foreach (var p in positives)
        {
            foreach (var n in negatives)
            {
                wins += p > n ? 1.0 : p == n ? 0.5 : 0.0;
            }
        }

        return wins / ((double)positives.Length * negatives.Length);
    }

    /// <summary>Share of truly septic patients of one sex whose probability reaches the threshold.</summary>
    public double TruePositiveRate(string sex, double threshold = 0.5)
    {
        var positives = Enumerable.Range(0, Labels.Count).Where(i => Labels[i] && Sex[i] == sex).ToArray();
        return positives.Count(i => Probabilities[i] >= threshold) / (double)positives.Length;
    }

    private static DataKind KindOf(DataViewType type) =>
        type == NumberDataViewType.Single ? DataKind.Single
        : type == BooleanDataViewType.Instance ? DataKind.Boolean
        : type is TextDataViewType ? DataKind.String
        : throw new NotSupportedException($"Unexpected input type {type}.");
}
