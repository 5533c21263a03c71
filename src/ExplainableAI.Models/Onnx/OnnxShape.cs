using System.Globalization;
using Microsoft.ML.OnnxRuntime;

namespace ExplainableAI.Models;

/// <summary>Describes a graph input's or output's type for messages, with symbolic dimensions as the exporters name them (N, d).</summary>
internal static class OnnxShape
{
    /// <summary>The dimensions, such as <c>N, 3</c>: ONNX Runtime reports a symbolic dimension as -1.</summary>
    /// <param name="node">The input or output.</param>
    /// <returns>The dimensions, comma-separated.</returns>
    public static string Dimensions(NodeMetadata node) =>
        string.Join(", ", node.Dimensions.Select((d, i) => d > 0 ? d.ToString(CultureInfo.InvariantCulture) : i == 0 ? "N" : "d"));

    /// <summary>The shape and element type (<c>[N, 3] Single</c>), or what the value is when it is not a tensor.</summary>
    /// <param name="node">The input or output.</param>
    /// <returns>The description.</returns>
    public static string Describe(NodeMetadata node) => node.OnnxValueType switch
    {
        OnnxValueType.ONNX_TYPE_TENSOR => $"[{Dimensions(node)}] {node.ElementType.Name}",
        OnnxValueType.ONNX_TYPE_SEQUENCE => "a sequence",
        OnnxValueType.ONNX_TYPE_MAP => "a map",
        var other => other.ToString(),
    };
}
