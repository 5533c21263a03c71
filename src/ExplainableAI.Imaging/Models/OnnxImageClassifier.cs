using ExplainableAI.Imaging.Rasters;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Imaging;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ExplainableAI.Imaging.Models;

/// <summary>
/// A binary image classifier in ONNX: one float image input ([N, C, H, W] or [N, H, W, C]) and one output of scores.
/// Images are preprocessed as the registration declares and scored in batches; the result is the positive-class
/// probability of each image.
/// </summary>
public sealed class OnnxImageClassifier : IDisposable
{
    private readonly InferenceSession session;
    private readonly ImageTensorWriter writer;
    private readonly string inputName;
    private readonly ScoreKind scoreKind;

    private OnnxImageClassifier(InferenceSession session, ImagePreprocessing preprocessing, string inputName, ScoreKind scoreKind)
    {
        this.session = session;
        Preprocessing = preprocessing;
        writer = new ImageTensorWriter(preprocessing);
        this.inputName = inputName;
        this.scoreKind = scoreKind;
    }

    /// <summary>The preprocessing the model is scored with.</summary>
    public ImagePreprocessing Preprocessing { get; }

    /// <summary>Loads the model at <paramref name="path"/> and checks its input against <paramref name="preprocessing"/>.</summary>
    /// <exception cref="InvalidAuditInputException">The file is not an ONNX model, or its input does not fit the declared preprocessing.</exception>
    public static OnnxImageClassifier Load(string path, ImagePreprocessing preprocessing, ScoreKind scoreKind = ScoreKind.Probability)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(preprocessing);
        if (preprocessing.Problem() is { } problem)
        {
            throw new InvalidAuditInputException(problem, file: path, field: "preprocessing");
        }

        InputFile.Require(path, "model file");

        InferenceSession session;
        try
        {
            session = new InferenceSession(path);
        }
        catch (OnnxRuntimeException error)
        {
            throw new InvalidAuditInputException($"not an ONNX model ONNX Runtime can load: {FirstLine(error.Message)}", file: path, innerException: error);
        }

        try
        {
            var inputName = CheckInput(session, preprocessing, path);
            return new OnnxImageClassifier(session, preprocessing, inputName, scoreKind);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>The positive-class probability of each image, scored <paramref name="batchSize"/> at a time.</summary>
    public double[] Score(IReadOnlyList<ImageRaster> images, int batchSize = 32, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var scores = new double[images.Count];
        var length = Preprocessing.TensorLength;
        for (var start = 0; start < images.Count; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(batchSize, images.Count - start);
            var buffer = new float[count * length];
            for (var i = 0; i < count; i++)
            {
                writer.Write(images[start + i], buffer.AsSpan(i * length, length));
            }

            var tensor = new DenseTensor<float>(buffer, Shape(count));
            using var results = session.Run([NamedOnnxValue.CreateFromTensor(inputName, tensor)]);
            var output = results[0].AsTensor<float>();
            Read(output, count, scores.AsSpan(start, count));
        }

        return scores;
    }

    /// <inheritdoc />
    public void Dispose() => session.Dispose();

    private int[] Shape(int count) => Preprocessing.Layout == TensorLayout.Nchw
        ? [count, Preprocessing.ChannelCount, Preprocessing.Height, Preprocessing.Width]
        : [count, Preprocessing.Height, Preprocessing.Width, Preprocessing.ChannelCount];

    private void Read(Tensor<float> output, int count, Span<double> scores)
    {
        var columns = output.Length / count;
        if (output.Length != (long)count * columns || columns is < 1 or > 2)
        {
            throw new InvalidAuditInputException($"the model returned {output.Length} values for {count} images: one or two scores per image expected");
        }

        var values = output.ToArray();
        for (var i = 0; i < count; i++)
        {
            scores[i] = (columns, scoreKind) switch
            {
                (1, ScoreKind.Probability) => values[i],
                (1, _) => 1.0 / (1.0 + Math.Exp(-values[i])),
                (_, ScoreKind.Probability) => values[(2 * i) + 1],

                // softmax of two logits is the sigmoid of their difference.
                _ => 1.0 / (1.0 + Math.Exp(values[2 * i] - values[(2 * i) + 1])),
            };
        }
    }

    private static string CheckInput(InferenceSession session, ImagePreprocessing preprocessing, string path)
    {
        if (session.InputMetadata.Count != 1)
        {
            throw new InvalidAuditInputException($"an image model has one input; this one has {session.InputMetadata.Count} ({string.Join(", ", session.InputMetadata.Keys)})", file: path);
        }

        var (name, input) = session.InputMetadata.First();
        if (input.ElementType != typeof(float) || input.Dimensions.Length != 4)
        {
            throw new InvalidAuditInputException(
                $"input '{name}' is {input.ElementType.Name}[{string.Join(", ", input.Dimensions)}]: a float image tensor of rank 4 expected", file: path);
        }

        int[] expected = preprocessing.Layout == TensorLayout.Nchw
            ? [-1, preprocessing.ChannelCount, preprocessing.Height, preprocessing.Width]
            : [-1, preprocessing.Height, preprocessing.Width, preprocessing.ChannelCount];
        for (var axis = 1; axis < 4; axis++)
        {
            if (input.Dimensions[axis] > 0 && input.Dimensions[axis] != expected[axis])
            {
                throw new InvalidAuditInputException(
                    $"input '{name}' has shape [{string.Join(", ", input.Dimensions)}] but the declared preprocessing ({preprocessing.Layout}, "
                    + $"{preprocessing.Width}×{preprocessing.Height}, {preprocessing.Channels}) makes [N, {string.Join(", ", expected[1..])}]",
                    file: path, field: "preprocessing");
            }
        }

        return name;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
