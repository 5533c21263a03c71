namespace ExplainableAI.Registry;

/// <summary>A measurement that moved, appeared or disappeared between two runs.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Before">The measurement in the earlier run, if it has it.</param>
/// <param name="After">The measurement in the later run, if it has it.</param>
/// <param name="Interval">Whether a move exceeds the confidence intervals (<see cref="IntervalOutcome.NoInterval"/> unless both have one).</param>
public sealed record MeasurementChange(MeasurementChangeKind Kind, RecordedMeasurement? Before, RecordedMeasurement? After, IntervalOutcome Interval)
{
    /// <summary>The check that computed it.</summary>
    public string Check => (After ?? Before)!.Check;

    /// <summary>The measurement's name.</summary>
    public string Name => (After ?? Before)!.Name;

    /// <summary>Its subject, if any.</summary>
    public string? Subject => (After ?? Before)!.Subject;

    /// <summary>After minus before, for a move; otherwise <see langword="null"/>.</summary>
    public double? Delta => Before is not null && After is not null ? After.Value - Before.Value : null;
}
