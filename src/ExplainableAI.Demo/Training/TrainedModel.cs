namespace ExplainableAI.Demo.Training;

/// <summary>A model saved by <see cref="SepsisModelTrainer"/>.</summary>
/// <param name="Path">The saved ML.NET model (<c>.zip</c>).</param>
/// <param name="FeatureColumns">The data columns the model reads, in input-schema order, excluding the label.</param>
/// <param name="LabelColumn">The label column of the input schema.</param>
public sealed record TrainedModel(string Path, IReadOnlyList<string> FeatureColumns, string LabelColumn);
