using ExplainableAI.Sdk;
using Microsoft.ML.OnnxRuntime;

namespace ExplainableAI.Models;

/// <summary>
/// Reads ONNX models (<c>.onnx</c>) with ONNX Runtime. Features arrive either as one graph input per column, shaped [N, 1] or [N]
/// (float, double, int64, int32 numeric; string categorical; bool boolean), which is what ML.NET's ONNX export produces, or as a
/// single float or double input [N, d] (the default of sklearn-onnx, PyTorch and Keras), whose column order comes from
/// <see cref="ModelLoadOptions.InputColumns"/> or the model's <c>feature_names</c> metadata. The batch dimension is symbolic, or 1
/// (rows are then scored one at a time). Outputs are found by name: ML.NET's
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

            // ONNX Runtime writes coloured log lines straight to the process's stderr, where the CLI prints its one-line errors:
            // warnings about harmless exporter quirks, and errors it also raises as exceptions (which become our messages).
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL,
        })
        {
            // The session's level does not cover the environment's own logger (model loading, graph checks): quiet it too.
            OrtEnv.Instance().EnvLogLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL;
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
            return new OnnxAuditModel(path, session, inputs, features, outputs, FixedBatch(session));
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private static (OnnxInput[] Inputs, ModelFeature[] Features) ReadInputs(InferenceSession session, ModelLoadOptions options, string path)
    {
        foreach (var (name, input) in session.InputMetadata)
        {
            if (input.IsTensor && input.Dimensions.Length > 0 && input.Dimensions[0] > 1)
            {
                // A fixed batch other than 1 would make ONNX Runtime refuse every chunk of another size.
                throw new InvalidAuditInputException(
                    $"the input '{name}' has a fixed batch of {input.Dimensions[0]} rows; export the model with a symbolic batch dimension (or a batch of 1)",
                    file: path, field: name);
            }
        }

        var featureInputs = session.InputNames.Where(options.IsFeature).ToArray();
        if (featureInputs is [var only] && session.InputMetadata[only] is { IsTensor: true, Dimensions: [_, var width] } node)
        {
            // Names are read only where they can matter, so stray metadata on a one-input-per-column model is never an error.
            var order = OnnxFeatureOrder.Resolve(session.ModelMetadata.CustomMetadataMap, options.InputColumns, path);
            if (width != 1 || order is not null)
            {
                return ReadTensorInput(session, path, only, node, width, order);
            }
        }

        if (options.InputColumns is not null)
        {
            throw new InvalidAuditInputException(
                $"model.inputs names the columns of one [N, d] input, but the model has {featureInputs.Length} feature inputs, one per column ({string.Join(", ", featureInputs)}); remove model.inputs",
                file: path, field: "model.inputs");
        }

        return ReadColumnInputs(session, options, path);
    }

    // One input carries every feature as [N, d], in the order the declaration or the metadata gives.
    private static (OnnxInput[] Inputs, ModelFeature[] Features) ReadTensorInput(
        InferenceSession session, string path, string name, NodeMetadata node, int width, OnnxFeatureOrder? order)
    {
        if (node.ElementType != typeof(float) && node.ElementType != typeof(double))
        {
            throw new InvalidAuditInputException(
                $"the input '{name}' of shape [{OnnxShape.Dimensions(node)}] holds {node.ElementType.Name}; an input carrying several features must hold float or double numbers",
                file: path, field: name);
        }

        if (order is null)
        {
            throw new InvalidAuditInputException(
                $"the input '{name}' of shape [{OnnxShape.Dimensions(node)}] carries several features, but nothing says which column is which; {OnnxFeatureOrder.HowToDeclare}",
                file: path, field: name);
        }

        // A symbolic width (d ≤ 0) takes the names' count; ONNX Runtime still checks the graph against it.
        if (width > 0 && width != order.Names.Length)
        {
            throw new InvalidAuditInputException(
                $"the input '{name}' holds {width} features per row, but {order.Source} names {order.Names.Length} ({order.List})",
                file: path, field: name);
        }

        var inputs = session.InputNames.Select(n => n == name
            ? new OnnxInput(n, node.ElementType, 2, 0, order.Names.Length)
            : Ignored(session.InputMetadata[n], n, path)).ToArray();
        return (inputs, [.. order.Names.Select(n => new ModelFeature(n, ColumnKind.Numeric))]);
    }

    // One input per column, [N, 1] or [N], named after the column (ML.NET's export, sklearn-onnx from a data frame).
    private static (OnnxInput[] Inputs, ModelFeature[] Features) ReadColumnInputs(InferenceSession session, ModelLoadOptions options, string path)
    {
        var inputs = new List<OnnxInput>();
        var features = new List<ModelFeature>();
        foreach (var name in session.InputNames)
        {
            var node = session.InputMetadata[name];
            var kind = ColumnKindOf(node, name, path);
            var isFeature = options.IsFeature(name);
            inputs.Add(new OnnxInput(name, node.ElementType, node.Dimensions.Length, isFeature ? features.Count : -1));
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

    // The label and ignored inputs are fed a default value of their own type and shape.
    private static OnnxInput Ignored(NodeMetadata node, string name, string path)
    {
        _ = ColumnKindOf(node, name, path);
        return new OnnxInput(name, node.ElementType, node.Dimensions.Length, -1);
    }

    private static ColumnKind ColumnKindOf(NodeMetadata node, string name, string path)
    {
        var dims = node.Dimensions;
        if (!node.IsTensor || dims.Length is not (1 or 2) || (dims.Length == 2 && dims[1] != 1))
        {
            throw new InvalidAuditInputException(
                $"the input '{name}' has shape [{OnnxShape.Dimensions(node)}]; expected one column per input, shaped [N, 1] or [N] (as ML.NET's ONNX export writes), or a single [N, d] input holding every feature",
                file: path, field: name);
        }

        return KindOf(node.ElementType)
            ?? throw new InvalidAuditInputException(
                $"the input '{name}' holds {node.ElementType.Name}; expected float, double, int64, int32, string or bool", file: path, field: name);
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
