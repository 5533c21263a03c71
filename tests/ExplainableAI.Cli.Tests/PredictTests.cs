using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ExplainableAI.Cli.Tests;

/// <summary><c>xai predict</c> reproduces ML.NET's and ONNX Runtime's own scores, so a vendor can trust the adapters.</summary>
[Collection(DemoCollection.Name)]
public sealed class PredictTests(DemoArtifactsFixture demo) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Mlnet_predictions_match_mlnet_to_1e_6()
    {
        var output = temp.Combine("mlnet.csv");

        var run = await CliRun.RunAsync("predict", "--model", demo.Artifacts.Model.Path, "--data", demo.Artifacts.CurrentPath, "--label", "sepsis", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var (header, rows) = ReadCsv(output);
        Assert.Equal(["row", "probability", "margin"], header);
        var expected = MlnetScores();
        Assert.Equal(expected.Probability.Length, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            Assert.Equal(r, (int)rows[r][0]);
            Assert.Equal(expected.Probability[r], rows[r][1], 1e-6);
            Assert.Equal(expected.Score[r], rows[r][2], 1e-6);
        }
    }

    [Fact]
    public async Task Onnx_predictions_match_onnx_runtime_to_1e_6()
    {
        var output = temp.Combine("onnx.csv");

        var run = await CliRun.RunAsync("predict", "--model", demo.OnnxModelPath, "--data", demo.Artifacts.CurrentPath, "--label", "sepsis", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var (header, rows) = ReadCsv(output);
        Assert.Equal("probability", header[1]);
        var expected = OnnxRuntimeProbabilities();
        var mlnet = MlnetScores();
        Assert.Equal(expected.Length, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            Assert.Equal(expected[r], rows[r][1], 1e-6);

            // The exported graph computes in float32 like ML.NET: the two runtimes agree closely too.
            Assert.Equal(mlnet.Probability[r], rows[r][1], 1e-4);
        }
    }

    [Fact]
    public async Task Predictions_go_to_stdout_without_out()
    {
        var run = await CliRun.RunAsync("predict", "--model", demo.Artifacts.Model.Path, "--data", demo.Artifacts.CurrentPath, "--label", "sepsis");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("row,probability,margin\n0,", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_without_a_model_column_exits_2_and_writes_nothing()
    {
        var lines = File.ReadAllLines(demo.Artifacts.CurrentPath);
        var header = lines[0].Split(',');
        var drop = Array.IndexOf(header, "lactate");
        var data = temp.File("no-lactate.csv", string.Join('\n', lines.Take(20).Select(l => string.Join(',', l.Split(',').Where((_, i) => i != drop)))));
        var output = temp.Combine("p.csv");

        var run = await CliRun.RunAsync("predict", "--model", demo.Artifacts.Model.Path, "--data", data, "--label", "sepsis", "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'lactate'", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private (float[] Probability, float[] Score) MlnetScores()
    {
        var context = new MLContext(seed: 1);
        var model = context.Model.Load(demo.Artifacts.Model.Path, out _);
        var scored = model.Transform(DemoCsv.Load(context, demo.Artifacts.CurrentPath));
        return (scored.GetColumn<float>("Probability").ToArray(), scored.GetColumn<float>("Score").ToArray());
    }

    private double[] OnnxRuntimeProbabilities()
    {
        var context = new MLContext(seed: 1);
        var data = DemoCsv.Load(context, demo.Artifacts.CurrentPath);
        using var session = new InferenceSession(demo.OnnxModelPath);
        var rows = data.GetColumn<float>("age").Count();
        var inputs = new List<NamedOnnxValue>();
        foreach (var (name, meta) in session.InputMetadata)
        {
            var column = name;
            if (meta.ElementType == typeof(float))
            {
                inputs.Add(NamedOnnxValue.CreateFromTensor(name, new DenseTensor<float>(data.GetColumn<float>(column).ToArray(), [rows, 1])));
            }
            else if (meta.ElementType == typeof(string))
            {
                inputs.Add(NamedOnnxValue.CreateFromTensor(name, new DenseTensor<string>(data.GetColumn<ReadOnlyMemory<char>>(column).Select(m => m.ToString()).ToArray(), [rows, 1])));
            }
            else if (meta.ElementType == typeof(bool))
            {
                inputs.Add(NamedOnnxValue.CreateFromTensor(name, new DenseTensor<bool>(data.GetColumn<bool>(column).ToArray(), [rows, 1])));
            }
            else
            {
                throw new InvalidOperationException($"Unexpected ONNX input type {meta.ElementType} for {name}.");
            }
        }

        using var results = session.Run(inputs);
        var probability = results.Single(r => r.Name == "Probability.output").AsEnumerable<float>().ToArray();
        return probability.Select(p => (double)p).ToArray();
    }

    private static (string[] Header, List<double[]> Rows) ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        return (lines[0].Split(','), rows);
    }
}
