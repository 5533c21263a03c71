using ExplainableAI.Imaging.Models;
using ExplainableAI.Imaging.Rasters;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Imaging;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ExplainableAI.Imaging.Tests.Models;

public sealed class OnnxImageClassifierTests : IDisposable
{
    private static readonly float[] Mean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] Std = [0.229f, 0.224f, 0.225f];

    private readonly string folder = Directory.CreateTempSubdirectory("xai-cnn-").FullName;
    private readonly TinyCnn cnn = new(seed: 17);
    private readonly string modelPath;

    public OnnxImageClassifierTests()
    {
        modelPath = Path.Combine(folder, "cnn.onnx");
        cnn.Save(modelPath);
    }

    [Fact]
    public void Batched_scores_equal_onnx_runtime_run_on_each_image_alone_to_1e_6()
    {
        var images = Images(count: 37, seed: 5);
        using var classifier = OnnxImageClassifier.Load(modelPath, Preprocessing());
        using var session = new InferenceSession(modelPath);

        var scores = classifier.Score(images, batchSize: 8);

        for (var i = 0; i < images.Count; i++)
        {
            var tensor = new DenseTensor<float>(Normalised(images[i]), [1, 3, TinyCnn.Size, TinyCnn.Size]);
            using var result = session.Run([NamedOnnxValue.CreateFromTensor("image", tensor)]);
            Assert.Equal(result[0].AsTensor<float>()[0, 0], scores[i], 1e-6);
        }
    }

    [Fact]
    public void Scores_equal_the_networks_forward_pass_by_plain_loops()
    {
        var images = Images(count: 5, seed: 9);
        using var classifier = OnnxImageClassifier.Load(modelPath, Preprocessing());

        var scores = classifier.Score(images);

        for (var i = 0; i < images.Count; i++)
        {
            Assert.Equal(cnn.Forward(Normalised(images[i])), scores[i], 1e-5);
        }
    }

    [Fact]
    public void A_preprocessing_that_does_not_fit_the_input_is_refused_naming_both_shapes()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() =>
            OnnxImageClassifier.Load(modelPath, Preprocessing() with { Width = 16, Height = 16 }));

        Assert.Equal(
            $"{modelPath}: 'preprocessing': input 'image' has shape [-1, 3, 8, 8] but the declared preprocessing (Nchw, 16×16, Rgb) makes [N, 3, 16, 16]",
            error.Message);
    }

    [Fact]
    public void A_file_that_is_not_onnx_is_refused()
    {
        var path = Path.Combine(folder, "x.onnx");
        File.WriteAllText(path, "not a model");

        var error = Assert.Throws<InvalidAuditInputException>(() => OnnxImageClassifier.Load(path, Preprocessing()));

        Assert.StartsWith($"{path}: not an ONNX model ONNX Runtime can load: ", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static ImagePreprocessing Preprocessing() => new() { Width = TinyCnn.Size, Height = TinyCnn.Size, Mean = Mean, Std = Std };

    private static List<ImageRaster> Images(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
            new ImageRaster(TinyCnn.Size, TinyCnn.Size, 3, [.. Enumerable.Range(0, TinyCnn.Size * TinyCnn.Size * 3).Select(_ => (float)random.NextDouble())]))];
    }

    // The declared preprocessing written out by hand for an image already at the input size: planes, (x − mean) / std.
    private static float[] Normalised(ImageRaster image)
    {
        var tensor = new float[3 * TinyCnn.Size * TinyCnn.Size];
        for (var c = 0; c < 3; c++)
        {
            for (var y = 0; y < TinyCnn.Size; y++)
            {
                for (var x = 0; x < TinyCnn.Size; x++)
                {
                    tensor[(c * TinyCnn.Size * TinyCnn.Size) + (y * TinyCnn.Size) + x] = (image[x, y, c] - Mean[c]) / Std[c];
                }
            }
        }

        return tensor;
    }
}
