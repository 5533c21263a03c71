using System.Globalization;
using System.Text;
using System.Text.Json;
using ExplainableAI.Tests.Onnx;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// <c>xai predict</c> and <c>xai audit</c> on ONNX models whose features arrive as one [N, d] float tensor (sklearn-onnx,
/// PyTorch, Keras): a logistic graph (MatMul + Add + Sigmoid) whose scores must equal ONNX Runtime's own and sigmoid(w·x + b).
/// </summary>
public sealed class OnnxFeatureTensorTests : IDisposable
{
    private const double Tolerance = 1e-6;
    private const int RowCount = 240;
    private static readonly LogisticOnnx Logistic = LogisticOnnx.Sepsis;
    private readonly TempFolder temp = new();
    private readonly (double Age, double Lactate)[] rows = Patients();

    public void Dispose() => temp.Dispose();

    public static TheoryData<long[]> ProbabilityShapes => new([-1, 1], [-1, 2], [-1]);

    [Theory]
    [MemberData(nameof(ProbabilityShapes))]
    public async Task Predict_scores_equal_onnx_runtime_and_the_closed_form_sigmoid(long[] outputShape)
    {
        var model = Save("logistic.onnx", Logistic.Graph(outputShape).Metadata("feature_names", LogisticOnnx.Features));
        var output = temp.Combine("scores.csv");

        var run = await CliRun.RunAsync("predict", "--model", model, "--data", Data(), "--label", "sepsis", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = File.ReadAllLines(output);
        Assert.Equal("row,probability", lines[0]);
        var runtime = RunDirectly(model);
        var width = runtime.Length / RowCount;
        Assert.Equal(RowCount, lines.Length - 1);
        for (var r = 0; r < RowCount; r++)
        {
            var probability = double.Parse(lines[r + 1].Split(',')[1], CultureInfo.InvariantCulture);
            Assert.Equal(runtime[(r * width) + width - 1], probability, Tolerance);
            Assert.Equal(Logistic.Probability(rows[r].Age, rows[r].Lactate), probability, Tolerance);
        }
    }

    [Fact]
    public async Task Predict_takes_the_feature_order_from_model_inputs_when_the_model_has_no_metadata()
    {
        var model = Save("logistic.onnx", Logistic.Graph([-1, 1]));

        var run = await CliRun.RunAsync("predict", "--model", model, "--data", Data(), "--label", "sepsis", "--model-inputs", LogisticOnnx.Features);

        Assert.True(run.ExitCode == 0, run.ToString());
        var first = run.Output.ReplaceLineEndings("\n").Split('\n')[1];
        Assert.Equal(Logistic.Probability(rows[0].Age, rows[0].Lactate), double.Parse(first.Split(',')[1], CultureInfo.InvariantCulture), Tolerance);
    }

    [Fact]
    public async Task Predict_without_feature_names_exits_2_saying_how_to_declare_them_and_writes_nothing()
    {
        var model = Save("logistic.onnx", Logistic.Graph([-1, 1]));
        var output = temp.Combine("scores.csv");

        var run = await CliRun.RunAsync("predict", "--model", model, "--data", Data(), "--label", "sepsis", "--out", output);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {model}: 'X': ", line, StringComparison.Ordinal);
        Assert.Contains("model.inputs", line, StringComparison.Ordinal);
        Assert.Contains("feature_names", line, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Predict_with_model_inputs_of_the_wrong_count_exits_2_naming_both_counts()
    {
        var model = Save("logistic.onnx", Logistic.Graph([-1, 1]));

        var run = await CliRun.RunAsync("predict", "--model", model, "--data", Data(), "--label", "sepsis", "--model-inputs", "age,lactate,sex");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds 2 features per row, but model.inputs names 3 (age, lactate, sex)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_with_model_inputs_in_the_manifest_scores_the_tensor_model_and_writes_the_reports()
    {
        Save("logistic.onnx", Logistic.Graph([-1, 1]));
        Data();
        var manifest = temp.File("manifest.yaml", """
            model:
              id: sepsis-logistic
              version: 1.0.0
              file: logistic.onnx
              inputs: [age, lactate]
              intended_purpose: Tests an ONNX model with one feature tensor.
            data:
              label: sepsis
              sensitive_attributes: [sex]
              evaluation: data.csv
            """);
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync("audit", "--manifest", manifest, "--out", output, "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        var model = report.RootElement.GetProperty("model");
        Assert.Equal("onnx", model.GetProperty("format").GetString());
        Assert.Equal("binaryClassification", model.GetProperty("task").GetString());
        Assert.Contains("\"lactate\"", model.GetRawText(), StringComparison.Ordinal);

        // No plugin failed to load, and no check crashed or timed out on the tensor-fed model.
        Assert.DoesNotContain(report.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() is "XAI0001" or "XAI0002" or "XAI0003");
    }

    [Fact]
    public async Task Audit_without_manifest_reads_the_feature_order_from_the_model_metadata()
    {
        var model = Save("logistic.onnx", Logistic.Graph([-1, 2]).Metadata("feature_names", """["age", "lactate"]"""));
        var output = temp.Combine("report");

        var run = await CliRun.RunAsync("audit", "--model", model, "--data", Data(), "--label", "sepsis", "--out", output, "--fail-on", "none");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(output, "report.html")));
    }

    private string Save(string name, OnnxGraph graph)
    {
        var path = temp.Combine(name);
        graph.Save(path);
        return path;
    }

    // Deterministic patients: ages 20–89 and lactate 0.5–7.9 mmol/L, the label drawn from the model's own probability.
    private static (double Age, double Lactate)[] Patients() =>
        [.. Enumerable.Range(0, RowCount).Select(i => (20.0 + (i * 37 % 70), 0.5 + (i * 53 % 75 / 10.0)))];

    private string Data()
    {
        var csv = new StringBuilder("age,sex,lactate,sepsis\n");
        var random = new Random(7);
        foreach (var (age, lactate) in rows)
        {
            var sepsis = random.NextDouble() < Logistic.Probability(age, lactate);
            csv.Append(CultureInfo.InvariantCulture, $"{age},{(random.Next(2) == 0 ? "F" : "M")},{lactate},{(sepsis ? "true" : "false")}\n");
        }

        return temp.File("data.csv", csv.ToString());
    }

    /// <summary>ONNX Runtime's own output for the rows fed as one [N, 2] tensor, without our adapter.</summary>
    private float[] RunDirectly(string path)
    {
        using var session = new InferenceSession(path);
        float[] values = [.. rows.SelectMany(r => new[] { (float)r.Age, (float)r.Lactate })];
        var x = new DenseTensor<float>(values, [rows.Length, 2]);
        using var results = session.Run([NamedOnnxValue.CreateFromTensor("X", x)], ["probability"]);
        return results.Single().AsTensor<float>().ToArray();
    }
}
