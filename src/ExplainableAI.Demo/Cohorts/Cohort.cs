namespace ExplainableAI.Demo.Cohorts;

/// <summary>The two periods of the synthetic ICU cohort.</summary>
/// <param name="Reference">The reference period: the model's training data, with the labels as charted at the time.</param>
/// <param name="Current">The current period: the evaluation data, with labels adjudicated by retrospective chart review.</param>
public sealed record Cohort(IReadOnlyList<PatientRecord> Reference, IReadOnlyList<PatientRecord> Current);
