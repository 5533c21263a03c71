namespace ExplainableAI.Sdk;

/// <summary>The one view of a model that checks see: its inputs, its task, and batch prediction.</summary>
public interface IAuditModel
{
    /// <summary>The model format, such as <c>mlnet</c> or <c>onnx</c>.</summary>
    string Format { get; }

    /// <summary>What the model predicts.</summary>
    ModelTask Task { get; }

    /// <summary>The inputs the model expects, in order.</summary>
    IReadOnlyList<ModelFeature> Features { get; }

    /// <summary>Class labels: for binary models the negative then the positive class; for multiclass models each class in output order; empty for regression.</summary>
    IReadOnlyList<string> Classes { get; }

    /// <summary>Whether <see cref="Predict"/> fills <see cref="Predictions.Margins"/>.</summary>
    bool HasMargin { get; }

    /// <summary>Predicts a batch. Implementations must be safe to call from several threads.</summary>
    /// <param name="input">Rows in the model's feature order.</param>
    /// <param name="cancellationToken">Cancels a long batch.</param>
    /// <returns>One prediction per row.</returns>
    Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken);
}
