namespace ExplainableAI.Demo.Cohorts;

/// <summary>One ICU admission as charted: no identifiers, first measurements of the stay, and the sepsis label.</summary>
/// <param name="Age">Age in whole years (18–95).</param>
/// <param name="Sex">"F" or "M".</param>
/// <param name="Site">"Site A", "Site B" or "Site C".</param>
/// <param name="HeartRate">Heart rate in beats/min, or <see langword="null"/> when not charted.</param>
/// <param name="RespRate">Respiratory rate in breaths/min, or <see langword="null"/>.</param>
/// <param name="Temperature">Core temperature in °C, or <see langword="null"/>.</param>
/// <param name="SystolicBp">Systolic blood pressure in mmHg, or <see langword="null"/>.</param>
/// <param name="Wbc">White cell count in 10⁹/L, or <see langword="null"/>.</param>
/// <param name="Lactate">Lactate in mmol/L, or <see langword="null"/>.</param>
/// <param name="Creatinine">Creatinine in mg/dL, or <see langword="null"/>.</param>
/// <param name="Crp">C-reactive protein in mg/L, or <see langword="null"/>.</param>
/// <param name="Spo2">Peripheral oxygen saturation in %, or <see langword="null"/>.</param>
/// <param name="AntibioticsOrdered">Whether antibiotics were ordered; ordered after the diagnosis, so it leaks the label.</param>
/// <param name="Sepsis">The recorded outcome.</param>
public sealed record PatientRecord(
    double Age,
    string Sex,
    string Site,
    double? HeartRate,
    double? RespRate,
    double? Temperature,
    double? SystolicBp,
    double? Wbc,
    double? Lactate,
    double? Creatinine,
    double? Crp,
    double? Spo2,
    bool AntibioticsOrdered,
    bool Sepsis);
