using ExplainableAI.Tests.Onnx;

namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>
/// Hostile ONNX models: the layouts exporters write (one [N, d] feature tensor, [N, 1] probabilities) must be audited,
/// and every shape, type or file the adapter cannot read must be one line naming the model and what is supported.
/// </summary>
internal sealed class OnnxCases : IHostileCorpus
{
    private static readonly LogisticOnnx Logistic = LogisticOnnx.Sepsis;

    public IEnumerable<HostileCase> Cases =>
    [
        new("onnx: [N, d] input named by feature_names with a [N, 1] probability is audited",
            f => Audit(f, Logistic.Graph([-1, 1]).Metadata("feature_names", LogisticOnnx.Features)), HostileOutcome.Passed()),
        new("onnx: [N, d] input named by model.inputs with a [N, 2] probability is audited",
            f => AuditManifest(f, Logistic.Graph([-1, 2]), "[age, lactate]"), HostileOutcome.Passed()),
        new("onnx: truncated file", f => Audit(f, Logistic.Graph([-1, 1]).ToBytes()[..40]), HostileOutcome.BadInput("not a readable ONNX model")),
        new("onnx: [N, d] input of strings",
            f => Audit(f, new OnnxGraph()
                .Input("X", OnnxGraph.String, -1, 2)
                .Node("Identity", ["X"], "probability")
                .Output("probability", OnnxGraph.String, -1, 2)
                .Metadata("feature_names", LogisticOnnx.Features)), HostileOutcome.BadInput("holds String; an input carrying several features must hold float or double")),
        new("onnx: model.inputs names more columns than the tensor holds",
            f => AuditManifest(f, Logistic.Graph([-1, 1]), "[age, lactate, sex]"), HostileOutcome.BadInput("holds 2 features per row, but model.inputs names 3")),
        new("onnx: [N, d] input without feature names",
            f => Audit(f, Logistic.Graph([-1, 1])), HostileOutcome.BadInput("model.onnx: 'X': the input 'X' of shape [N, 2] carries several features")),
        new("onnx: model.inputs contradicts the feature_names metadata",
            f => AuditManifest(f, Logistic.Graph([-1, 1]).Metadata("feature_names", "lactate,age"), "[age, lactate]"), HostileOutcome.BadInput("does not match the model's feature_names metadata")),
        // Like any model input missing from the data: the audit runs and the data-quality check reports it.
        new("onnx: model.inputs names a column the data lacks",
            f => AuditManifest(f, Logistic.Graph([-1, 1]), "[age, creatinine]"), HostileOutcome.Passed() with { RuleIds = ["XAI6006"] }),
        new("onnx: [N, 3] probability for a binary task",
            f => Audit(f, Logistic.Graph([-1, 2], output: "p2")
                .Node("Concat", ["p2", "p1"], "probability", ("axis", 1))
                .Output("probability", OnnxGraph.Float, -1, 3)
                .Metadata("feature_names", LogisticOnnx.Features), "--task", "binary"), HostileOutcome.BadInput("probability [N, 3] Single")),
        new("onnx: fixed batch of 8 rows",
            f => Audit(f, Logistic.Graph([8, 1], batch: 8).Metadata("feature_names", LogisticOnnx.Features)), HostileOutcome.BadInput("fixed batch of 8 rows")),
        new("onnx: sklearn ZipMap sequence-of-maps probabilities",
            f => Audit(f, Logistic.Graph([-1, 1], output: "p1")
                .Node("ZipMap", ["p1"], ["output_probability"], OnnxGraph.MlDomain, ("classlabels_int64s", new[] { 1L }))
                .SequenceOfMapsOutput("output_probability")
                .Metadata("feature_names", LogisticOnnx.Features)), HostileOutcome.BadInput("zipmap")),

        // A symbolic width lets the load pass; the weights fail at run time, where ONNX Runtime also logs to the real stderr.
        // (An audit turns a model that cannot score into check failures; predict has nothing else to do with it.)
        new("onnx: runtime shape failure in predict leaves one line on stderr",
            f => Predict(f, new OnnxGraph()
                .Input("X", OnnxGraph.Float, -1, -2)
                .Initializer("W", [1f, 1f, 1f], 3, 1)
                .Node("MatMul", ["X", "W"], "z")
                .Node("Sigmoid", ["z"], "probability")
                .Output("probability", OnnxGraph.Float, -1, 1)
                .Metadata("feature_names", LogisticOnnx.Features)), HostileOutcome.BadInput("ONNX Runtime could not score the rows"))
        {
            InChildProcess = true,
        },
        new("onnx: reshape failing at run time in predict leaves one line on stderr",
            f => Predict(f, new OnnxGraph()
                .Input("age", OnnxGraph.Float, -1, 1)
                .Initializer("shape", [-1L, 4L]) // the six rows of GoodCsv do not fill rows of four
                .Node("Reshape", ["age", "shape"], "x")
                .Initializer("W", [1f, 1f, 1f, 1f], 4, 1)
                .Node("MatMul", ["x", "W"], "z")
                .Node("Sigmoid", ["z"], "probability")
                .Output("probability", OnnxGraph.Float, -1, 1)), HostileOutcome.BadInput("model.onnx: ONNX Runtime could not score the rows"))
        {
            InChildProcess = true,
        },
    ];

    private static string[] Audit(HostileFolder f, OnnxGraph model, params string[] more) => Audit(f, model.ToBytes(), more);

    private static string[] Audit(HostileFolder f, byte[] model, params string[] more) =>
        f.Audit(f.File("d.csv", HostileFolder.GoodCsv), ["--model", f.File("model.onnx", model), "--fail-on", "none", .. more]);

    private static string[] Predict(HostileFolder f, OnnxGraph model) =>
        ["predict", "--model", f.File("model.onnx", model.ToBytes()), "--data", f.File("d.csv", HostileFolder.GoodCsv), "--label", "sepsis", "--out", Path.Combine(f.Out, "scores.csv")];

    private static string[] AuditManifest(HostileFolder f, OnnxGraph model, string inputs)
    {
        f.File("model.onnx", model.ToBytes());
        f.File("d.csv", HostileFolder.GoodCsv);
        var manifest = f.File("manifest.yaml", $"""
            model:
              id: hostile-onnx
              version: 1.0.0
              file: model.onnx
              inputs: {inputs}
              intended_purpose: Hostile ONNX input.
            data:
              label: sepsis
              evaluation: d.csv
            """);
        return ["audit", "--manifest", manifest, "--fail-on", "none", "--out", f.Out];
    }
}
