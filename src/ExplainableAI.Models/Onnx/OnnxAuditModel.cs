using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using ExplainableAI.Sdk;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ExplainableAI.Models;

/// <summary>
/// An ONNX model behind <see cref="IAuditModel"/>. The session is created once; ONNX Runtime's <c>Run</c> is safe to call from
/// several threads, and each call builds its own input tensors. Rows are sent in chunks so one huge batch does not need one huge tensor;
/// each chunk's inputs are <see cref="OrtValue"/>s over pooled arrays (pinned only while the chunk runs), so explainers that score
/// millions of perturbed rows allocate nothing per row (only a few small objects per chunk).
/// </summary>
internal sealed class OnnxAuditModel : IAuditModel, IDisposable
{
    private const int ChunkRows = 8192;

    private readonly string path;
    private readonly InferenceSession session;
    private readonly OnnxInput[] inputs;
    private readonly OnnxOutputs outputs;
    private readonly string[] fetch;
    private readonly int chunkRows;

    public OnnxAuditModel(string path, InferenceSession session, OnnxInput[] inputs, ModelFeature[] features, OnnxOutputs outputs, bool fixedBatch)
    {
        this.path = path;
        this.session = session;
        this.inputs = inputs;
        this.outputs = outputs;
        Features = features;
        fetch = outputs.Margin is null ? [outputs.Value] : [outputs.Value, outputs.Margin];
        chunkRows = fixedBatch ? 1 : ChunkRows;
    }

    public string Format => OnnxModelAdapter.FormatName;

    public ModelTask Task => outputs.Task;

    public IReadOnlyList<ModelFeature> Features { get; }

    public IReadOnlyList<string> Classes => outputs.Classes;

    public bool HasMargin => outputs.Margin is not null;

    public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ModelInput.Check(input, Features);
        var rows = input.RowCount;
        var width = outputs.OutputNames.Length;
        var values = new double[rows * width];
        var margins = outputs.Margin is null ? null : new double[rows];
        var names = Array.ConvertAll(inputs, column => column.Name);
        using var runOptions = new RunOptions();
        using var feeds = new Feeds(inputs.Length);
        for (var start = 0; start < rows; start += chunkRows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(chunkRows, rows - start);
            feeds.Clear();
            foreach (var column in inputs)
            {
                Feed(feeds, column, input, start, count);
            }

            using var results = Run(runOptions, names, feeds.Values);
            ReadValues(results[0], values.AsSpan(start * width, count * width));
            if (margins is not null)
            {
                Read(results[1], outputs.Margin!, count, margins.AsSpan(start, count), 1, 0, outputs.Flip ? 0 : null);
            }
        }

        return new Predictions(Task, rows, outputs.OutputNames, values, margins);
    }

    public void Dispose() => session.Dispose();

    // The graph was checked at load, but only running it shows what its operators accept (a symbolic width that the
    // weights do not match, a custom operator): that is the model file at fault, reported as such.
    private IDisposableReadOnlyCollection<OrtValue> Run(RunOptions runOptions, string[] names, IReadOnlyCollection<OrtValue> feeds)
    {
        try
        {
            return session.Run(runOptions, names, feeds, fetch);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new InvalidAuditInputException($"ONNX Runtime could not score the rows with this model ({ex.Message})", file: path, innerException: ex);
        }
    }

    private void ReadValues(OrtValue result, Span<double> destination)
    {
        var expected = destination.Length / outputs.OutputNames.Length * outputs.ValueWidth;
        if (outputs.Task == ModelTask.BinaryClassification)
        {
            // The positive class's probability: one column of the output, or 1 − p when the positive class is the first.
            Read(result, outputs.Value, expected, destination, outputs.ValueWidth, outputs.ValueOffset, outputs.Flip ? 1 : null);
        }
        else
        {
            Read(result, outputs.Value, expected, destination, 1, 0, null);
        }
    }

    // Values go straight from ONNX Runtime's output buffer into the prediction arrays: destination[i] = source[i·stride + offset],
    // or flipBase − that value when the positive class is the model's first.
    private void Read(OrtValue result, string name, int expected, Span<double> destination, int stride, int offset, double? flipBase)
    {
        var shape = result.GetTensorTypeAndShape();
        if (shape.ElementCount != expected)
        {
            // The graph declared one shape and computed another: the declared shape chose how the values are read.
            throw new InvalidAuditInputException(
                $"the output '{name}' holds {shape.ElementCount} values for {destination.Length} rows, but its declared shape gives {stride} per row",
                file: path, field: name);
        }

        switch (shape.ElementDataType)
        {
            case TensorElementType.Float:
                Widen(result.GetTensorDataAsSpan<float>(), destination, stride, offset, flipBase);
                break;
            case TensorElementType.Double:
                Widen(result.GetTensorDataAsSpan<double>(), destination, stride, offset, flipBase);
                break;
            default:
                throw new InvalidAuditInputException($"the output '{name}' is not a float or double tensor when the model runs", file: path, field: name);
        }
    }

    // Runs once per column per chunk over millions of rows in an explanation: compiled optimised at once, not after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Widen<T>(ReadOnlySpan<T> source, Span<double> destination, int stride, int offset, double? flipBase)
        where T : unmanaged, INumberBase<T>
    {
        for (var i = 0; i < destination.Length; i++)
        {
            var value = double.CreateTruncating(source[(i * stride) + offset]);
            destination[i] = flipBase is { } top ? top - value : value;
        }
    }

    private static void Feed(Feeds feeds, OnnxInput column, FeatureMatrix input, int start, int count)
    {
        long[] shape = column.Rank == 1 ? [count] : [count, column.Width];
        var type = column.ElementType;
        if (type == typeof(float))
        {
            Numbers(feeds, column, shape, input, start, count, float.NaN);
        }
        else if (type == typeof(double))
        {
            Numbers(feeds, column, shape, input, start, count, double.NaN);
        }
        else if (type == typeof(long))
        {
            Numbers(feeds, column, shape, input, start, count, 0L);
        }
        else if (type == typeof(int))
        {
            Numbers(feeds, column, shape, input, start, count, 0);
        }
        else if (type == typeof(bool))
        {
            var buffer = feeds.Rent<bool>(count);
            for (var r = 0; r < count; r++)
            {
                buffer[r] = column.FeatureIndex >= 0 && input.Values[((start + r) * input.Features.Count) + column.FeatureIndex] == 1;
            }

            feeds.Add(buffer, count, shape);
        }
        else
        {
            // Missing text is empty text, as ML.NET reads an empty field; the graph's category lookup then finds no level.
            var levels = column.FeatureIndex < 0 ? [] : input.LevelsOf(column.FeatureIndex);
            var tensor = OrtValue.CreateTensorWithEmptyStrings(OrtAllocator.DefaultInstance, shape);
            feeds.Add(tensor);
            for (var r = 0; r < count; r++)
            {
                var v = column.FeatureIndex < 0 ? double.NaN : input.Values[((start + r) * input.Features.Count) + column.FeatureIndex];
                tensor.StringTensorSetElementAt(double.IsNaN(v) ? [] : levels[(int)v].AsSpan(), r);
            }
        }
    }

    // One typed loop per element type (the JIT specialises it), reading the column out of the row-major matrix into a pooled buffer;
    // compiled optimised at once, as it runs over millions of rows in an explanation.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Numbers<T>(Feeds feeds, OnnxInput column, long[] shape, FeatureMatrix input, int start, int count, T fallback)
        where T : unmanaged, INumberBase<T>
    {
        // One input may carry several consecutive features per row (a [N, d] tensor): d values a row, in the matrix's order.
        var length = count * column.Width;
        var buffer = feeds.Rent<T>(length);
        var target = buffer.AsSpan(0, length);
        if (column.FeatureIndex < 0)
        {
            target.Fill(fallback);
        }
        else
        {
            var width = input.Features.Count;
            var source = input.Values.AsSpan((start * width) + column.FeatureIndex);
            var integer = typeof(T) == typeof(long) || typeof(T) == typeof(int);
            for (var r = 0; r < count; r++)
            {
                for (var k = 0; k < column.Width; k++)
                {
                    var v = source[(r * width) + k];
                    target[(r * column.Width) + k] = integer ? T.CreateTruncating(Integer(column, v)) : T.CreateTruncating(v);
                }
            }
        }

        feeds.Add(buffer, length, shape);
    }

    // Integer tensors have no missing value, and feeding 0 instead would be a silent guess.
    private static double Integer(OnnxInput column, double value) =>
        double.IsNaN(value)
            ? throw new InvalidAuditInputException("a row has no value, but the model's integer input cannot represent a missing value", field: column.Name)
            : value;

    /// <summary>The input values of one chunk: <see cref="OrtValue"/>s over arrays rented from the shared pools, returned on clear.</summary>
    private sealed class Feeds(int capacity) : IDisposable
    {
        private readonly List<Action> returns = new(capacity);

        public List<OrtValue> Values { get; } = new(capacity);

        public T[] Rent<T>(int count) => ArrayPool<T>.Shared.Rent(count);

        public void Add<T>(T[] buffer, int count, long[] shape)
            where T : unmanaged
        {
            returns.Add(() => ArrayPool<T>.Shared.Return(buffer));
            Values.Add(OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, buffer.AsMemory(0, count), shape));
        }

        public void Add(OrtValue value) => Values.Add(value);

        public void Clear()
        {
            // The tensors unpin their arrays when disposed, so they go first.
            foreach (var value in Values)
            {
                value.Dispose();
            }

            foreach (var giveBack in returns)
            {
                giveBack();
            }

            Values.Clear();
            returns.Clear();
        }

        public void Dispose() => Clear();
    }
}
