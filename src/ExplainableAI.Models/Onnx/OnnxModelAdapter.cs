using ExplainableAI.Sdk;
using Microsoft.ML.OnnxRuntime;

namespace ExplainableAI.Models;

/// <summary>
/// Reads ONNX models (<c>.onnx</c>) with ONNX Runtime. Each graph input of shape [N, 1] or [N] is one feature
/// (float, double, int64, int32 numeric; string categorical; bool boolean), which is what ML.NET's ONNX export produces;
/// a single input carrying several features as [N, d] is not supported. Outputs are found by name: ML.NET's
/// <c>Probability.output</c> and <c>Score.output</c>, or the generic <c>probability</c>, <c>probabilities</c>, <c>output_probability</c>,
/// <c>score</c>, <c>scores</c> and <c>variable</c>. Without a declared task, a probability output of one or two columns makes a binary
/// classifier, a wider one (or a score of several columns) a multiclass classifier, and a one-column score a regressor.
/// ONNX graphs do not carry class names, so classes are <c>false</c>/<c>true</c> for ML.NET's binary export and column numbers otherwise.
/// </summary>
public sealed class OnnxModelAdapter : IModelAdapter
{
    /// <summary>The format name, <c>onnx</c>.</summary>
    public const string FormatName = "onnx";

    /// <inheritdoc/>
    public string Format => FormatName;

    /// <inheritdoc/>
    public bool CanLoad(string path) =>
        string.Equals(System.IO.Path.GetExtension(path), ".onnx", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public IAuditModel Load(string path, ModelLoadOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        InferenceSession session;
        using (var sessionOptions = new SessionOptions
        {
            // Callers already predict from several threads; a few intra-op threads speed one large batch without oversubscribing.
            IntraOpNumThreads = Math.Clamp(Environment.ProcessorCount / 2, 1, 4),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,

            // ONNX Runtime logs shape-inference warnings about harmless exporter quirks to stderr, where the CLI prints its one-line errors.
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        })
        {
            try
            {
                session = new InferenceSession(path, sessionOptions);
            }
            catch (Exception ex) when (ex is OnnxRuntimeException or IOException or InvalidOperationException)
            {
                throw new InvalidAuditInputException(
                    $"not a readable ONNX model; expected an .onnx file that ONNX Runtime can load ({ex.Message})", file: path, innerException: ex);
            }
        }

        try
        {
            var (inputs, features) = ReadInputs(session, options, path);
            var outputs = OnnxOutputs.Read(session.OutputMetadata, options, path);
            return new OnnxAuditModel(session, inputs, features, outputs, FixedBatch(session));
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private static (OnnxInput[] Inputs, ModelFeature[] Features) ReadInputs(InferenceSession session, ModelLoadOptions options, string path)
    {
        var inputs = new List<OnnxInput>();
        var features = new List<ModelFeature>();
        foreach (var name in session.InputNames)
        {
            var node = session.InputMetadata[name];
            var dims = node.Dimensions;
            if (!node.IsTensor || dims.Length is not (1 or 2) || (dims.Length == 2 && dims[1] != 1))
            {
                throw new InvalidAuditInputException(
                    $"the input '{name}' has shape [{string.Join(", ", dims)}]; expected one column per input, shaped [N, 1] or [N] (as ML.NET's ONNX export writes)",
                    file: path, field: name);
            }

            var kind = KindOf(node.ElementType)
                ?? throw new InvalidAuditInputException(
                    $"the input '{name}' holds {node.ElementType.Name}; expected float, double, int64, int32, string or bool", file: path, field: name);
            var isFeature = options.IsFeature(name);
            inputs.Add(new OnnxInput(name, node.ElementType, dims.Length, isFeature ? features.Count : -1));
            if (isFeature)
            {
                features.Add(new ModelFeature(name, kind));
            }
        }

        if (features.Count == 0)
        {
            throw new InvalidAuditInputException("the model has no feature inputs once the label and ignored columns are removed", file: path);
        }

        return ([.. inputs], [.. features]);
    }

    private static ColumnKind? KindOf(Type type) =>
        type == typeof(float) || type == typeof(double) || type == typeof(long) || type == typeof(int) ? ColumnKind.Numeric
        : type == typeof(string) ? ColumnKind.Categorical
        : type == typeof(bool) ? ColumnKind.Boolean
        : null;

    // Some exporters fix the batch dimension at 1; such a model is run one row at a time.
    private static bool FixedBatch(InferenceSession session) =>
        session.InputMetadata.Values.Any(node => node.Dimensions.Length > 0 && node.Dimensions[0] == 1);
}
