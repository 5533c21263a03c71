using ExplainableAI.Demo.Scenario;
using ExplainableAI.Sdk;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ExplainableAI.Models.Tests;

/// <summary>The demo's FastTree sepsis model (100 trees, 20 leaves, one-hot and missing-value steps before the trees).</summary>
public sealed class DemoModelTreesTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("xai-demo-trees-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Extracted_trees_reproduce_mlnet_score_from_the_feature_vector_and_the_pipeline_exposes_none()
    {
        var artifacts = new DemoScenario().Create(folder.FullName);
        var context = new MLContext(seed: 1);
        var transformer = context.Model.Load(artifacts.Model.Path, out var inputSchema);
        var (trees, featureColumn) = MlNetStructure.SlotTrees(transformer, artifacts.Model.Path)!.Value;
        var scored = transformer.Transform(LoadCsv(context, artifacts.CurrentPath, inputSchema));

        using var cursor = scored.GetRowCursor([scored.Schema[featureColumn], scored.Schema["Score"]]);
        var getFeatures = cursor.GetGetter<VBuffer<float>>(scored.Schema[featureColumn]);
        var getScore = cursor.GetGetter<float>(scored.Schema["Score"]);
        var features = default(VBuffer<float>);
        var score = 0f;
        var margin = new double[1];
        var rows = 0;
        while (cursor.MoveNext())
        {
            getFeatures(ref features);
            getScore(ref score);
            var row = features.DenseValues().Select(v => (double)v).Take(trees.FeatureCount).ToArray();
            trees.PredictMargins(row, margin);
            Assert.Equal(score, margin[0], 1e-5 * Math.Max(1, Math.Abs(score)));
            rows++;
        }

        Assert.True(rows > 1000, $"{rows} rows");
        Assert.Equal(100, trees.TreeCount);

        // One-hot encoding and missing-value replacement sit between the inputs and the trees: no slot is one input feature.
        var model = ModelLoader.CreateDefault().Load(artifacts.Model.Path, null, new ModelLoadOptions(artifacts.Model.LabelColumn)).Model;
        Assert.IsNotAssignableFrom<ITreeEnsembleModel>(model);
    }

    private static IDataView LoadCsv(MLContext context, string path, DataViewSchema inputSchema)
    {
        var header = File.ReadLines(path).First().Split(',');
        var columns = inputSchema.Where(c => !c.IsHidden).Select(c => new TextLoader.Column(
            c.Name,
            c.Type is TextDataViewType ? DataKind.String : c.Type is BooleanDataViewType ? DataKind.Boolean : DataKind.Single,
            Array.IndexOf(header, c.Name))).ToArray();
        return context.Data.LoadFromTextFile(path, columns, separatorChar: ',', hasHeader: true);
    }
}
