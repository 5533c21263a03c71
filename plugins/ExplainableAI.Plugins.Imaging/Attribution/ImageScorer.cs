using ExplainableAI.Sdk.Imaging;

namespace ExplainableAI.Plugins.Imaging.Attribution;

/// <summary>Scores a batch of images: the model's positive-class probability for each.</summary>
internal delegate double[] ImageScorer(IReadOnlyList<ImageRaster> images);
