using BenchmarkDotNet.Attributes;
using ExplainableAI.Plugins.Attribution;
using ExplainableAI.Sdk;
using Microsoft.ML.OnnxRuntime;

namespace ExplainableAI.Benchmarks.Attribution;

/// <summary>
/// Exact and Kernel SHAP through ONNX Runtime (issue #13): the 10-feature logistic regression exported to ONNX by ML.NET, loaded by
/// the ONNX adapter, 10 rows explained against 100 background rows (margin output; Kernel SHAP's default budget enumerates every
/// coalition at 10 features, so both score 2^10 × 100 = 102,400 model rows per explained row). Rows/s = 10 / mean time.
/// The baseline is ONNX Runtime alone on the same 1,024,000 rows: <c>InferenceSession.Run</c> on ready-made input tensors in batches
/// of 8,192 rows, one batch stream per core, with the adapter's session options; its Ratio column is the SHAP time over it.
/// <c>AdapterPredict</c> sends the same rows through the adapter's <c>Predict</c> (the adapter's raw batched speed).
/// </summary>
[MemoryDiagnoser]
public class OnnxShapBenchmark
{
    private const int ExplainedRows = 10;
    private const int BatchRows = 8192;
    private LogisticBenchModel files = null!;
    private IAuditModel model = null!;
    private FeatureMatrix rows = null!;
    private FeatureMatrix background = null!;
    private FeatureMatrix hybrid = null!;
    private FeatureMatrix[] adapterBatches = null!;
    private InferenceSession session = null!;
    private OrtValue[][] batches = null!;
    private string[] inputNames = null!;
    private int threads;

    /// <summary>The method measured.</summary>
    [Params(AttributionMethod.Exact, AttributionMethod.Kernel)]
    public AttributionMethod Method { get; set; }

    /// <summary>Trains and exports the model, loads it through the adapter, and builds the raw runs' input tensors.</summary>
    [GlobalSetup]
    public void Setup()
    {
        files = LogisticBenchModel.Create();
        model = files.Load(files.OnnxPath);
        rows = files.Rows(model, 0, ExplainedRows);
        background = files.Rows(model, 500, 100);
        threads = Environment.ProcessorCount;

        // The rows exact SHAP scores for the first explained row, repeated for all ten: every coalition over every background row.
        var width = LogisticBenchModel.Width;
        var coalitionRows = (1 << width) * background.RowCount;
        var values = new double[ExplainedRows * coalitionRows * width];
        for (var i = 0; i < ExplainedRows * (1 << width); i++)
        {
            var mask = i % (1 << width);
            for (var b = 0; b < background.RowCount; b++)
            {
                for (var f = 0; f < width; f++)
                {
                    values[(((i * background.RowCount) + b) * width) + f] = ((mask >> f) & 1) != 0 ? rows.Values[f] : background.Values[(b * width) + f];
                }
            }
        }

        hybrid = background.WithValues(values);
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        session = new InferenceSession(files.OnnxPath, options);
        inputNames = [.. session.InputNames];
        var total = hybrid.RowCount;
        batches = new OrtValue[(total + BatchRows - 1) / BatchRows][];
        adapterBatches = new FeatureMatrix[batches.Length];
        for (var k = 0; k < batches.Length; k++)
        {
            var start = k * BatchRows;
            var count = Math.Min(BatchRows, total - start);
            batches[k] = [.. inputNames.Select(name => Column(name, start, count))];
            adapterBatches[k] = hybrid.WithValues(hybrid.Values.AsSpan(start * width, count * width).ToArray());
        }
    }

    /// <summary>Frees the tensors and the session, and deletes the temporary model folder.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var value in batches.SelectMany(b => b))
        {
            value.Dispose();
        }

        session.Dispose();
        (model as IDisposable)?.Dispose();
        files.Dispose();
    }

    /// <summary>ONNX Runtime alone scores the 1,024,000 rows.</summary>
    /// <returns>The number of batches run.</returns>
    [Benchmark(Baseline = true)]
    public int RawOnnxRuntime()
    {
        string[] fetch = ["Score.output"];
        using var runOptions = new RunOptions();
        Parallel.For(0, batches.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
        {
            using var results = session.Run(runOptions, inputNames, batches[k], fetch);
        });
        return batches.Length;
    }

    /// <summary>The adapter's <c>Predict</c> scores the same rows, in the same batches.</summary>
    /// <returns>The number of batches predicted.</returns>
    [Benchmark]
    public int AdapterPredict()
    {
        Parallel.For(0, adapterBatches.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
            model.Predict(adapterBatches[k], CancellationToken.None));
        return batches.Length;
    }

    /// <summary>Explains 10 rows against 100 background rows.</summary>
    /// <returns>The attributions.</returns>
    [Benchmark]
    public double[] Shap() =>
        AttributionEngine.Explain(model, rows, background, Method, AttributionOutput.Margin, null, new AttributionSettings(Seed: 7), null, CancellationToken.None).Values;

    private OrtValue Column(string name, int start, int count)
    {
        if (session.InputMetadata[name].ElementType == typeof(bool))
        {
            return OrtValue.CreateTensorValueFromMemory(new bool[count], [count, 1]);
        }

        var feature = int.Parse(name.AsSpan(1), provider: System.Globalization.CultureInfo.InvariantCulture);
        var column = new float[count];
        for (var r = 0; r < count; r++)
        {
            column[r] = (float)hybrid.Values[((start + r) * LogisticBenchModel.Width) + feature];
        }

        return OrtValue.CreateTensorValueFromMemory(column, [count, 1]);
    }
}
