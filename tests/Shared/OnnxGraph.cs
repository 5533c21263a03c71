using Google.Protobuf;

namespace ExplainableAI.Tests.Onnx;

/// <summary>
/// Writes small ONNX models by hand (the protobuf fields of onnx.proto), for graphs ML.NET's exporter never produces:
/// generic output names, a two-column probability, typed inputs, one [N, d] input carrying every feature, metadata.
/// Shared by the model and command-line tests (see tests/Shared).
/// </summary>
internal sealed class OnnxGraph
{
    // onnx.proto TensorProto.DataType values.
    public const int Float = 1;
    public const int String = 8;
    public const int Int64 = 7;
    public const int Bool = 9;
    public const int Double = 11;

    /// <summary>The domain of the ONNX-ML operators (ZipMap, LabelEncoder…).</summary>
    public const string MlDomain = "ai.onnx.ml";

    private readonly List<byte[]> nodes = [];
    private readonly List<byte[]> inputs = [];
    private readonly List<byte[]> outputs = [];
    private readonly List<byte[]> constants = [];
    private readonly List<(string Key, string Value)> metadata = [];

    /// <summary>Adds a graph input; a dimension of -1 is the symbolic batch size N, -2 a symbolic width d.</summary>
    public OnnxGraph Input(string name, int elementType, params long[] shape)
    {
        inputs.Add(ValueInfo(name, TensorType(elementType, shape)));
        return this;
    }

    public OnnxGraph Output(string name, int elementType, params long[] shape)
    {
        outputs.Add(ValueInfo(name, TensorType(elementType, shape)));
        return this;
    }

    /// <summary>Adds an output holding a sequence of maps from int64 class to float probability, as sklearn-onnx's ZipMap writes.</summary>
    public OnnxGraph SequenceOfMapsOutput(string name)
    {
        // TypeProto: sequence_type = 4 (Sequence.elem_type = 1), map_type = 5 (Map: key_type = 1, value_type = 2).
        var map = new Message().Int(1, Int64).Bytes(2, TensorType(Float, []));
        var element = new Message().Bytes(5, map.ToArray()).ToArray();
        outputs.Add(ValueInfo(name, new Message().Bytes(4, new Message().Bytes(1, element).ToArray()).ToArray()));
        return this;
    }

    /// <summary>Adds a node with optional attributes: long or int (INT), float (FLOAT), long[] (INTS).</summary>
    public OnnxGraph Node(string opType, string[] input, string output, params (string Name, object Value)[] attributes) =>
        Node(opType, input, [output], string.Empty, attributes);

    /// <summary>Adds a node with several outputs, in an operator domain (empty for the default ONNX domain).</summary>
    public OnnxGraph Node(string opType, string[] input, string[] output, string domain, params (string Name, object Value)[] attributes)
    {
        var node = new Message();
        foreach (var i in input)
        {
            node.String(1, i);
        }

        foreach (var o in output)
        {
            node.String(2, o);
        }

        node.String(3, output[0] + "_node").String(4, opType);
        foreach (var (name, value) in attributes)
        {
            node.Bytes(5, Attribute(name, value));
        }

        if (domain.Length > 0)
        {
            node.String(7, domain);
        }

        nodes.Add(node.ToArray());
        return this;
    }

    /// <summary>Adds a constant float tensor (weights, biases).</summary>
    public OnnxGraph Initializer(string name, float[] values, params long[] dims)
    {
        // TensorProto: dims = 1, data_type = 2, float_data = 4, name = 8.
        var tensor = new Message();
        foreach (var d in dims)
        {
            tensor.Int(1, d);
        }

        tensor.Int(2, Float);
        foreach (var v in values)
        {
            tensor.Float(4, v);
        }

        constants.Add(tensor.String(8, name).ToArray());
        return this;
    }

    /// <summary>Adds a constant int64 vector (such as Unsqueeze's axes or Reshape's shape).</summary>
    public OnnxGraph Initializer(string name, long[] values)
    {
        // TensorProto: dims = 1, data_type = 2, int64_data = 7, name = 8.
        var tensor = new Message().Int(1, values.Length).Int(2, Int64);
        foreach (var v in values)
        {
            tensor.Int(7, v);
        }

        constants.Add(tensor.String(8, name).ToArray());
        return this;
    }

    /// <summary>Adds a model-level metadata property (ModelProto.metadata_props).</summary>
    public OnnxGraph Metadata(string key, string value)
    {
        metadata.Add((key, value));
        return this;
    }

    /// <summary>Writes the model; <paramref name="initializers"/> are more constant int64 vectors (see <see cref="Initializer(string, long[])"/>).</summary>
    public void Save(string path, IEnumerable<(string Name, long[] Values)>? initializers = null)
    {
        foreach (var (name, values) in initializers ?? [])
        {
            Initializer(name, values);
        }

        File.WriteAllBytes(path, ToBytes());
    }

    /// <summary>The serialized model.</summary>
    public byte[] ToBytes()
    {
        var graph = new Message();
        nodes.ForEach(n => graph.Bytes(1, n));
        graph.String(2, "test_graph");
        constants.ForEach(c => graph.Bytes(5, c));
        inputs.ForEach(i => graph.Bytes(11, i));
        outputs.ForEach(o => graph.Bytes(12, o));

        // ModelProto: ir_version = 1, graph = 7, opset_import = 8 (OperatorSetIdProto: domain = 1, version = 2),
        // metadata_props = 14 (StringStringEntryProto: key = 1, value = 2).
        var model = new Message().Int(1, 8).Bytes(7, graph.ToArray())
            .Bytes(8, new Message().String(1, string.Empty).Int(2, 13).ToArray())
            .Bytes(8, new Message().String(1, MlDomain).Int(2, 2).ToArray());
        foreach (var (key, value) in metadata)
        {
            model.Bytes(14, new Message().String(1, key).String(2, value).ToArray());
        }

        return model.ToArray();
    }

    // AttributeProto: name = 1, f = 2, i = 3, ints = 8, type = 20 (FLOAT = 1, INT = 2, INTS = 7).
    private static byte[] Attribute(string name, object value)
    {
        var attribute = new Message().String(1, name);
        _ = value switch
        {
            int i => attribute.Int(3, i).Int(20, 2),
            long l => attribute.Int(3, l).Int(20, 2),
            float f => attribute.Float(2, f).Int(20, 1),
            long[] ints => ints.Aggregate(attribute, (a, v) => a.Int(8, v)).Int(20, 7),
            _ => throw new ArgumentException($"Unsupported attribute value {value.GetType().Name}.", nameof(value)),
        };
        return attribute.ToArray();
    }

    // TypeProto.tensor_type = 1; Tensor: elem_type = 1, shape = 2; TensorShapeProto.dim = 1; Dimension: dim_value = 1, dim_param = 2.
    private static byte[] TensorType(int elementType, long[] shape)
    {
        var dims = new Message();
        foreach (var d in shape)
        {
            dims.Bytes(1, d switch
            {
                -1 => new Message().String(2, "N").ToArray(),
                < 0 => new Message().String(2, "d").ToArray(),
                _ => new Message().Int(1, d).ToArray(),
            });
        }

        var tensor = new Message().Int(1, elementType).Bytes(2, dims.ToArray());
        return new Message().Bytes(1, tensor.ToArray()).ToArray();
    }

    // ValueInfoProto: name = 1, type = 2.
    private static byte[] ValueInfo(string name, byte[] type) => new Message().String(1, name).Bytes(2, type).ToArray();

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

        public Message Float(int field, float value)
        {
            output.WriteTag(field, WireFormat.WireType.Fixed32);
            output.WriteFloat(value);
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
