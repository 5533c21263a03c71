namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// The outcome of one probe: the score of every probed row, or the exception the model threw. The scores live in a
/// buffer the session reuses for the next probe, so they are read before asking for the next result.
/// </summary>
/// <param name="Index">The probe's position in the list given.</param>
/// <param name="Scores">The score per probed row, or <see langword="null"/> when the model threw.</param>
/// <param name="Error">The exception, when the model threw.</param>
internal readonly record struct ProbeResult(int Index, double[]? Scores, Exception? Error);
