namespace ExplainableAI.Demo.Cohorts;

/// <summary>A generated row together with the ground truth the chart does not show.</summary>
/// <param name="Record">The row as written to the CSV.</param>
/// <param name="TrueSepsis">Whether the patient truly had sepsis.</param>
/// <param name="TrueCreatinine">Creatinine before any assay shift and before missingness.</param>
/// <param name="MissedDiagnosis">Whether the treating team missed this patient's sepsis (planted problem 1).</param>
internal sealed record GeneratedPatient(PatientRecord Record, bool TrueSepsis, double TrueCreatinine, bool MissedDiagnosis);
