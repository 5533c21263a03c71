using ExplainableAI.Sdk;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ExplainableAI.Models;

/// <summary>
/// An ONNX model behind <see cref="IAuditModel"/>. The session is created once; ONNX Runtime's <c>Run</c> is safe to call from
/// several threads, and each call builds its own input tensors. Rows are sent in chunks so one huge batch does not need one huge tensor.
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
        for (var start = 0; start < rows; start += chunkRows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(chunkRows, rows - start);
            var feeds = new List<NamedOnnxValue>(inputs.Length);
            foreach (var column in inputs)
            {
                feeds.Add(Feed(column, input, start, count));
            }

            using var results = Run(feeds);
            var value = Read(results, outputs.Value, count, outputs.ValueWidth);
            CopyValues(value, values, start, count, width);
            if (margins is not null)
            {
                var margin = Read(results, outputs.Margin!, count, 1);
                for (var r = 0; r < count; r++)
                {
                    margins[start + r] = outputs.Flip ? -margin[r] : margin[r];
                }
            }
        }

        return new Predictions(Task, rows, outputs.OutputNames, values, margins);
    }

    public void Dispose() => session.Dispose();

    // The graph was checked at load, but only running it shows what its operators accept (a symbolic width that the
    // weights do not match, a custom operator): that is the model file at fault, reported as such.
    private IDisposableReadOnlyCollection<DisposableNamedOnnxValue> Run(List<NamedOnnxValue> feeds)
    {
        try
        {
            return session.Run(feeds, fetch);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new InvalidAuditInputException($"ONNX Runtime could not score the rows with this model ({ex.Message})", file: path, innerException: ex);
        }
    }

    private void CopyValues(double[] value, double[] values, int start, int count, int width)
    {
        if (outputs.Task == ModelTask.BinaryClassification)
        {
            for (var r = 0; r < count; r++)
            {
                var p = value[(r * outputs.ValueWidth) + outputs.ValueOffset];
                values[start + r] = outputs.Flip ? 1 - p : p;
            }

            return;
        }

        Array.Copy(value, 0, values, start * width, count * width);
    }

    private double[] Read(IReadOnlyCollection<DisposableNamedOnnxValue> results, string name, int rows, int perRow)
    {
        var result = results.First(r => r.Name == name);
        var data = result.Value switch
        {
            Tensor<float> t => Widen(t.ToDenseTensor().Buffer.Span),
            Tensor<double> t => t.ToDenseTensor().Buffer.ToArray(),
            _ => throw new InvalidAuditInputException($"the output '{name}' is not a float or double tensor when the model runs", file: path, field: name),
        };
        if (data.Length != rows * perRow)
        {
            // The graph declared one shape and computed another: the declared shape chose how the values are read.
            throw new InvalidAuditInputException(
                $"the output '{name}' holds {data.Length} values for {rows} rows, but its declared shape gives {perRow} per row",
                file: path, field: name);
        }

        return data;
    }

    private static double[] Widen(ReadOnlySpan<float> values)
    {
        var wide = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            wide[i] = values[i];
        }

        return wide;
    }

    private static NamedOnnxValue Feed(OnnxInput column, FeatureMatrix input, int start, int count)
    {
        int[] shape = column.Rank == 1 ? [count] : [count, column.Width];
        var type = column.ElementType;
        if (type == typeof(float))
        {
            return Tensor(column, shape, input, start, count, v => (float)v, float.NaN);
        }

        if (type == typeof(double))
        {
            return Tensor(column, shape, input, start, count, v => v, double.NaN);
        }

        if (type == typeof(long))
        {
            return Tensor(column, shape, input, start, count, v => (long)Integer(column, v), 0L);
        }

        if (type == typeof(int))
        {
            return Tensor(column, shape, input, start, count, v => (int)Integer(column, v), 0);
        }

        if (type == typeof(bool))
        {
            return Tensor(column, shape, input, start, count, v => v == 1, false);
        }

        // Missing text is empty text, as ML.NET reads an empty field; the graph's category lookup then finds no level.
        var levels = column.FeatureIndex < 0 ? [] : input.LevelsOf(column.FeatureIndex);
        return Tensor(column, shape, input, start, count, v => double.IsNaN(v) ? string.Empty : levels[(int)v], string.Empty);
    }

    private static NamedOnnxValue Tensor<T>(
        OnnxInput column, int[] shape, FeatureMatrix input, int start, int count, Func<double, T> convert, T fallback)
    {
        var tensor = new DenseTensor<T>(shape);
        var buffer = tensor.Buffer.Span;
        var width = input.Features.Count;
        for (var r = 0; r < count; r++)
        {
            for (var k = 0; k < column.Width; k++)
            {
                buffer[(r * column.Width) + k] = column.FeatureIndex < 0 ? fallback : convert(input.Values[((start + r) * width) + column.FeatureIndex + k]);
            }
        }

        return NamedOnnxValue.CreateFromTensor(column.Name, tensor);
    }

    // Integer tensors have no missing value, and feeding 0 instead would be a silent guess.
    private static double Integer(OnnxInput column, double value) =>
        double.IsNaN(value)
            ? throw new InvalidAuditInputException("a row has no value, but the model's integer input cannot represent a missing value", field: column.Name)
            : value;
}
