namespace ExplainableAI.Tests.Onnx;

/// <summary>
/// A logistic model as sklearn-onnx, PyTorch and Keras export it: one float input X of shape [N, d], then
/// MatMul + Add + Sigmoid, so p = sigmoid(w·x + b) is known in closed form.
/// </summary>
/// <param name="Weights">w, one per feature.</param>
/// <param name="Bias">b.</param>
internal sealed record LogisticOnnx(float[] Weights, float Bias)
{
    /// <summary>The weights and bias the command-line tests use with <see cref="Features"/>.</summary>
    public static LogisticOnnx Sepsis { get; } = new([0.04f, 0.8f], -4.5f);

    /// <summary>The feature names of <see cref="Sepsis"/>, in tensor order, as comma-separated metadata would list them.</summary>
    public static string Features => "age,lactate";

    /// <summary>The graph with the probability output of <paramref name="outputShape"/>: [N, 1] for P(positive), [N, 2] for (P(negative), P(positive)), or [N].</summary>
    /// <param name="outputShape">The probability output's shape; -1 is the symbolic batch dimension.</param>
    /// <param name="batch">The input's batch dimension: -1 symbolic, or a fixed size.</param>
    /// <param name="output">The probability output's name.</param>
    /// <returns>The graph, to which metadata may still be added.</returns>
    public OnnxGraph Graph(long[] outputShape, long batch = -1, string output = "probability")
    {
        var graph = new OnnxGraph()
            .Input("X", OnnxGraph.Float, batch, Weights.Length)
            .Initializer("W", Weights, Weights.Length, 1)
            .Initializer("B", [Bias], 1)
            .Node("MatMul", ["X", "W"], "xw")
            .Node("Add", ["xw", "B"], "logit")
            .Node("Sigmoid", ["logit"], outputShape is [_, 1] ? output : "p1");
        if (outputShape is [_, 2])
        {
            graph.Node("Neg", ["logit"], "negated").Node("Sigmoid", ["negated"], "p0").Node("Concat", ["p0", "p1"], output, ("axis", 1));
        }
        else if (outputShape.Length == 1)
        {
            graph.Initializer("flat", [-1L]).Node("Reshape", ["p1", "flat"], output);
        }

        return graph.Output(output, OnnxGraph.Float, outputShape);
    }

    /// <summary>sigmoid(w·x + b) in double precision.</summary>
    public double Probability(params double[] x)
    {
        var z = (double)Bias;
        for (var i = 0; i < Weights.Length; i++)
        {
            z += Weights[i] * x[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
