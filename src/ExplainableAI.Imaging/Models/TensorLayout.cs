namespace ExplainableAI.Imaging.Models;

/// <summary>How a model's image input orders its axes.</summary>
public enum TensorLayout
{
    /// <summary>[N, C, H, W]: channels first (PyTorch, most ONNX exports).</summary>
    Nchw = 0,

    /// <summary>[N, H, W, C]: channels last (TensorFlow/Keras exports).</summary>
    Nhwc = 1,
}
