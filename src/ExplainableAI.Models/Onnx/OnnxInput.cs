namespace ExplainableAI.Models;

/// <summary>
/// One named input of an ONNX model: one column, fed as a tensor of shape [rows, 1] or [rows], or several consecutive
/// features fed together as [rows, width].
/// </summary>
/// <param name="Name">The graph input's name.</param>
/// <param name="ElementType">The tensor's element type (float, double, long, int, string or bool).</param>
/// <param name="Rank">1 for [rows], 2 for [rows, width].</param>
/// <param name="FeatureIndex">The first feature that feeds it, or -1 for the label and ignored inputs (fed a default).</param>
/// <param name="Width">How many consecutive features, from <paramref name="FeatureIndex"/>, it carries per row.</param>
internal sealed record OnnxInput(string Name, Type ElementType, int Rank, int FeatureIndex, int Width = 1);
