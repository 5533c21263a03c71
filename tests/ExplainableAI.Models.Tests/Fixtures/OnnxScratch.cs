using ExplainableAI.Sdk;
using ExplainableAI.Tests.Onnx;

namespace ExplainableAI.Models.Tests;

/// <summary>A temporary folder for the ONNX graphs one test class writes, and the rows it feeds them.</summary>
internal sealed class OnnxScratch : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("xai-onnx-");

    /// <summary>Writes the graph to a new file in the folder.</summary>
    public string Save(OnnxGraph graph)
    {
        var path = Path.Combine(folder.FullName, $"model-{Guid.NewGuid():N}.onnx");
        graph.Save(path);
        return path;
    }

    /// <summary>Numeric rows for the model's features, in the model's order.</summary>
    public static FeatureMatrix Matrix(IAuditModel model, params double[][] rows) =>
        new(model.Features, [.. rows.SelectMany(r => r)], [.. model.Features.Select(_ => (IReadOnlyList<string>)[])]);

    public void Dispose() => folder.Delete(recursive: true);
}
