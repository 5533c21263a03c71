namespace ExplainableAI.Demo.Cohorts;

/// <summary>A defect deliberately planted in the demo cohort, so an audit has something known to find.</summary>
/// <param name="Kind">What kind of defect: <c>label_bias</c>, <c>assay_shift</c>, <c>leakage</c> or <c>missingness</c>.</param>
/// <param name="Column">The data column the defect lives in.</param>
/// <param name="Description">What was planted and its exact size, in one sentence.</param>
public sealed record PlantedProblem(string Kind, string Column, string Description);
