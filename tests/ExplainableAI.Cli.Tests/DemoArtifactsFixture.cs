using ExplainableAI.Demo.Scenario;
using Microsoft.ML;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// The demo's cohort, ML.NET model and manifest, generated once for the test collection, plus the same model exported
/// to ONNX with ML.NET's own converter, so adapters are tested on real models of both formats.
/// </summary>
public sealed class DemoArtifactsFixture : IDisposable
{
    public DemoArtifactsFixture()
    {
        Folder = Directory.CreateTempSubdirectory("xai-demo-fixture-").FullName;
        Artifacts = new DemoScenario().Create(Folder);
        OnnxModelPath = Path.Combine(Folder, "model.onnx");
        var context = new MLContext(seed: 1);
        var model = context.Model.Load(Artifacts.Model.Path, out _);
        var data = DemoCsv.Load(context, Artifacts.CurrentPath);
        using var stream = File.Create(OnnxModelPath);
        context.Model.ConvertToOnnx(model, data, stream);
    }

    public string Folder { get; }

    public DemoArtifacts Artifacts { get; }

    public string OnnxModelPath { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoArtifactsFixture>
{
    public const string Name = "demo artifacts";
}
