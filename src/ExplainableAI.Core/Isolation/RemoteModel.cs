using System.Runtime.InteropServices;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// The model as a check in a plugin process sees it: <see cref="Predict"/> sends the whole feature matrix to the host,
/// whose model answers. The model (ML.NET, ONNX, a plugin's own adapter) stays loaded once, in the host, and every
/// check gets the very scores it would get in process. The tree-ensemble and linear structure interfaces are not
/// offered here: a check that needs them sees a model without them.
/// </summary>
internal sealed class RemoteModel(WireModel model, WorkerRequests requests) : IAuditModel
{
    public string Format => model.Format;

    public ModelTask Task => model.Task;

    public IReadOnlyList<ModelFeature> Features => model.Features;

    public IReadOnlyList<string> Classes => model.Classes;

    public bool HasMargin => model.HasMargin;

    public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var levels = Enumerable.Range(0, input.Features.Count).Select(input.LevelsOf).ToList();
        var request = new WireMessage("predict") { Levels = levels };
        var (reply, payload) = requests.AskAsync(request, WorkerChannel.Bytes(input.Values), cancellationToken).GetAwaiter().GetResult();
        return ToPredictions(reply.Predictions!, payload);
    }

    /// <summary>Predictions from a reply: values, then margins when there are any.</summary>
    public static Predictions ToPredictions(WirePredictions shape, byte[] payload)
    {
        var count = shape.RowCount * shape.OutputNames.Count;
        var values = WorkerChannel.Doubles(payload, 0, count);
        var margins = shape.HasMargins ? WorkerChannel.Doubles(payload, count, (payload.Length / sizeof(double)) - count) : null;
        return new Predictions(shape.Task, shape.RowCount, shape.OutputNames, values, margins);
    }

    /// <summary>The reply's shape and payload for predictions.</summary>
    public static (WirePredictions Shape, ReadOnlyMemory<byte> Payload) FromPredictions(Predictions predictions)
    {
        var shape = new WirePredictions(predictions.Task, predictions.RowCount, predictions.OutputNames, predictions.Margins is not null);
        var values = MemoryMarshal.AsBytes(predictions.Values.Span);
        var margins = predictions.Margins is { } m ? MemoryMarshal.AsBytes(m.Span) : [];
        var bytes = new byte[values.Length + margins.Length];
        values.CopyTo(bytes);
        margins.CopyTo(bytes.AsSpan(values.Length));
        return (shape, bytes);
    }
}
