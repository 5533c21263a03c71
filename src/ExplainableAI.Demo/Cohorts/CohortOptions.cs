namespace ExplainableAI.Demo.Cohorts;

/// <summary>How large the synthetic ICU cohort is and which random stream it comes from.</summary>
/// <param name="Seed">Seed of the one <see cref="Random"/> that draws every value; the same seed gives the same cohort, byte for byte.</param>
/// <param name="ReferencePatients">Rows in the reference (training) period.</param>
/// <param name="CurrentPatients">Rows in the current (evaluation) period.</param>
public sealed record CohortOptions(int Seed = 20261125, int ReferencePatients = 4000, int CurrentPatients = 3000);
