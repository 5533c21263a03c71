using ExplainableAI.Sdk;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Models.Tests;

/// <summary>The model file is checked to be a regular file before it is hashed, and hashing can be cancelled.</summary>
public sealed class ModelFileGateTests : IDisposable
{
    private static readonly ModelLoader Loader = ModelLoader.CreateDefault();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("xai-model-gate-");

    public void Dispose() => folder.Delete(recursive: true);

    [UnixFact]
    public void Dev_zero_as_model_is_refused_at_once()
    {
        var error = SpecialFiles.Within(() => Record.Exception(() => Loader.Load(SpecialFiles.Zero, "xgboost", new ModelLoadOptions())));

        Assert.Equal("/dev/zero: the xgboost model file is a character device, expected a regular file", Assert.IsType<InvalidAuditInputException>(error).Message);
    }

    [UnixFact]
    public void A_fifo_as_model_is_refused_without_hanging()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(folder.FullName, "model.onnx"));

        var error = SpecialFiles.Within(() => Record.Exception(() => Loader.Load(fifo, null, new ModelLoadOptions())));

        Assert.Equal($"{fifo}: the onnx model file is a FIFO (named pipe), expected a regular file", Assert.IsType<InvalidAuditInputException>(error).Message);
    }

    [Fact]
    public void A_directory_as_model_is_refused_as_a_directory()
    {
        var directory = Directory.CreateDirectory(Path.Combine(folder.FullName, "model.zip")).FullName;

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(directory, null, new ModelLoadOptions()));

        Assert.Equal($"{directory}: the mlnet model file is a directory, expected a regular file", error.Message);
    }

    [Fact]
    public void Hashing_honours_cancellation()
    {
        var path = Path.Combine(folder.FullName, "model.json");
        File.WriteAllBytes(path, new byte[1 << 20]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Loader.Load(path, null, new ModelLoadOptions(), cancelled.Token));
    }
}
