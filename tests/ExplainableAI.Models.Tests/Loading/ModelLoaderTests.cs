using System.Security.Cryptography;
using ExplainableAI.Sdk;

namespace ExplainableAI.Models.Tests;

[Collection(ModelsCollection.Name)]
public sealed class ModelLoaderTests(TrainedModels models)
{
    private static readonly ModelLoader Loader = ModelLoader.CreateDefault();

    [Fact]
    public void Default_loader_knows_mlnet_onnx_xgboost_and_lightgbm()
    {
        Assert.Equal(["mlnet", "onnx", "xgboost", "lightgbm"], Loader.Formats);
    }

    [Fact]
    public void Format_is_chosen_by_extension_and_the_file_is_hashed()
    {
        var zip = Loader.Load(models.BinaryZip, null, new ModelLoadOptions());
        var onnx = Loader.Load(models.BinaryOnnx, null, new ModelLoadOptions());

        Assert.Equal("mlnet", zip.Format);
        Assert.Equal("onnx", onnx.Format);
        Assert.Equal(models.BinaryZip, zip.Path);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(models.BinaryZip))).ToLowerInvariant(), zip.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", onnx.Sha256);
    }

    [Fact]
    public void Explicit_format_wins_over_the_extension_and_ignores_case()
    {
        var copy = models.PathFor("binary-model.bin");
        File.Copy(models.BinaryZip, copy, overwrite: true);

        var loaded = Loader.Load(copy, "MLNET", new ModelLoadOptions());

        Assert.Equal("mlnet", loaded.Format);
        Assert.Equal(ModelTask.BinaryClassification, loaded.Model.Task);
    }

    [Fact]
    public void Missing_file_is_an_input_error_naming_the_file()
    {
        var path = models.PathFor("absent.zip");

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal(path, error.File);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_extension_is_an_input_error_naming_the_file_and_the_formats()
    {
        var path = models.PathFor("model.pkl");
        File.WriteAllText(path, "not a model");

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("mlnet", error.Message, StringComparison.Ordinal);
        Assert.Contains("onnx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_name_is_an_input_error_listing_the_known_ones()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(models.BinaryZip, "catboost", new ModelLoadOptions()));

        Assert.Contains(models.BinaryZip, error.Message, StringComparison.Ordinal);
        Assert.Contains("'catboost'", error.Message, StringComparison.Ordinal);
        Assert.Contains("mlnet, onnx", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("corrupt.zip")]
    [InlineData("corrupt.onnx")]
    public void Corrupt_file_is_an_input_error_naming_the_file(string name)
    {
        var path = models.PathFor(name);
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 512).Select(i => (byte)((i * 37) + 11))]);

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal(path, error.File);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a readable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_that_is_not_a_model_is_an_input_error_naming_the_file()
    {
        var path = models.PathFor("photos.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("holiday photos");
        }

        var error = Assert.Throws<InvalidAuditInputException>(() => Loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal(path, error.File);
    }

    [Fact]
    public void Added_adapter_loads_its_own_format()
    {
        var loader = new ModelLoader([new MlNetModelAdapter(), new StubAdapter()]);
        var path = models.PathFor("model.stub");
        File.WriteAllText(path, "stub");

        var loaded = loader.Load(path, null, new ModelLoadOptions());

        Assert.Equal("stub", loaded.Format);
        Assert.Equal(ModelTask.Regression, loaded.Model.Task);
    }

    [Fact]
    public void Raw_exception_from_an_adapter_becomes_an_input_error_naming_the_file()
    {
        var loader = new ModelLoader([new StubAdapter(fail: true)]);
        var path = models.PathFor("broken.stub");
        File.WriteAllText(path, "stub");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path, null, new ModelLoadOptions()));

        Assert.Equal(path, error.File);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public void Two_adapters_with_one_format_name_are_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => new ModelLoader([new OnnxModelAdapter(), new OnnxModelAdapter()]));
    }

    private sealed class StubAdapter(bool fail = false) : IModelAdapter
    {
        public string Format => "stub";

        public bool CanLoad(string path) => path.EndsWith(".stub", StringComparison.Ordinal);

        public IAuditModel Load(string path, ModelLoadOptions options) =>
            fail ? throw new FormatException("bad stub") : new StubModel();
    }

    private sealed class StubModel : IAuditModel
    {
        public string Format => "stub";

        public ModelTask Task => ModelTask.Regression;

        public IReadOnlyList<ModelFeature> Features { get; } = [new("x", ColumnKind.Numeric)];

        public IReadOnlyList<string> Classes => [];

        public bool HasMargin => false;

        public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken) =>
            new(Task, input.RowCount, ["prediction"], [.. input.Values]);
    }
}
