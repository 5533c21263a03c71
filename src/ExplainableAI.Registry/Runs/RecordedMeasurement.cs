namespace ExplainableAI.Registry;

/// <summary>A measurement of a recorded run: what a comparison needs of it.</summary>
/// <param name="Check">The check that computed it.</param>
/// <param name="Name">Its name.</param>
/// <param name="Subject">The column or group it is about, or <see langword="null"/> for the whole dataset.</param>
/// <param name="Value">The value (NaN when the check could not compute it).</param>
/// <param name="Lower">Lower end of its confidence interval, if any.</param>
/// <param name="Upper">Upper end of its confidence interval, if any.</param>
public sealed record RecordedMeasurement(string Check, string Name, string? Subject, double Value, double? Lower, double? Upper);
