using Google.Protobuf;

namespace ExplainableAI.Models.Tests;

/// <summary>
/// Writes small ONNX models by hand (the protobuf fields of onnx.proto), for graphs ML.NET's exporter never produces:
/// generic output names, a two-column probability, typed inputs, a multi-feature input.
/// </summary>
public sealed class OnnxGraph
{
    // onnx.proto TensorProto.DataType values.
    public const int Float = 1;
    public const int Int64 = 7;
    public const int Bool = 9;
    public const int Double = 11;

    private readonly List<byte[]> nodes = [];
    private readonly List<byte[]> inputs = [];
    private readonly List<byte[]> outputs = [];

    /// <summary>Adds a graph input; a dimension of -1 is the symbolic batch size N.</summary>
    public OnnxGraph Input(string name, int elementType, params long[] shape)
    {
        inputs.Add(ValueInfo(name, elementType, shape));
        return this;
    }

    public OnnxGraph Output(string name, int elementType, params long[] shape)
    {
        outputs.Add(ValueInfo(name, elementType, shape));
        return this;
    }

    /// <summary>Adds a node with optional integer attributes.</summary>
    public OnnxGraph Node(string opType, string[] input, string output, params (string Name, long Value)[] attributes)
    {
        var node = new Message();
        foreach (var i in input)
        {
            node.String(1, i);
        }

        node.String(2, output).String(3, output + "_node").String(4, opType);
        foreach (var (name, value) in attributes)
        {
            // AttributeProto: name = 1, i = 3, type = 20 (INT = 2).
            node.Bytes(5, new Message().String(1, name).Int(3, value).Int(20, 2).ToArray());
        }

        nodes.Add(node.ToArray());
        return this;
    }

    /// <summary>Writes the model; initializers are constant int64 vectors (such as Unsqueeze's axes).</summary>
    public void Save(string path, IEnumerable<(string Name, long[] Values)>? initializers = null)
    {
        var graph = new Message();
        nodes.ForEach(n => graph.Bytes(1, n));
        graph.String(2, "test_graph");
        foreach (var (name, values) in initializers ?? [])
        {
            // TensorProto: dims = 1, data_type = 2, int64_data = 7, name = 8.
            var tensor = new Message().Int(1, values.Length).Int(2, Int64);
            foreach (var v in values)
            {
                tensor.Int(7, v);
            }

            graph.Bytes(5, tensor.String(8, name).ToArray());
        }

        inputs.ForEach(i => graph.Bytes(11, i));
        outputs.ForEach(o => graph.Bytes(12, o));

        // ModelProto: ir_version = 1, graph = 7, opset_import = 8 (OperatorSetIdProto: domain = 1, version = 2).
        var model = new Message().Int(1, 8).Bytes(7, graph.ToArray()).Bytes(8, new Message().String(1, string.Empty).Int(2, 13).ToArray());
        File.WriteAllBytes(path, model.ToArray());
    }

    // ValueInfoProto: name = 1, type = 2; TypeProto.tensor_type = 1; Tensor: elem_type = 1, shape = 2; TensorShapeProto.dim = 1;
    // Dimension: dim_value = 1, dim_param = 2.
    private static byte[] ValueInfo(string name, int elementType, long[] shape)
    {
        var dims = new Message();
        foreach (var d in shape)
        {
            dims.Bytes(1, d < 0 ? new Message().String(2, "N").ToArray() : new Message().Int(1, d).ToArray());
        }

        var tensor = new Message().Int(1, elementType).Bytes(2, dims.ToArray());
        return new Message().String(1, name).Bytes(2, new Message().Bytes(1, tensor.ToArray()).ToArray()).ToArray();
    }

    private sealed class Message
    {
        private readonly MemoryStream buffer = new();
        private readonly CodedOutputStream output;

        public Message() => output = new CodedOutputStream(buffer, leaveOpen: true);

        public Message Int(int field, long value)
        {
            output.WriteTag(field, WireFormat.WireType.Varint);
            output.WriteInt64(value);
            return this;
        }

        public Message String(int field, string value)
        {
            output.WriteTag(field, WireFormat.WireType.LengthDelimited);
            output.WriteString(value);
            return this;
        }

        public Message Bytes(int field, byte[] value)
        {
            output.WriteTag(field, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(ByteString.CopyFrom(value));
            return this;
        }

        public byte[] ToArray()
        {
            output.Flush();
            return buffer.ToArray();
        }
    }
}
