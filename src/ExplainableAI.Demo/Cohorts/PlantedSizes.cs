namespace ExplainableAI.Demo.Cohorts;

/// <summary>The declared sizes of the planted problems; the generator and the tests read the same numbers.</summary>
internal static class PlantedSizes
{
    /// <summary>Share of truly septic women whose sepsis the treating team missed, in both periods.</summary>
    /// <remarks>
    /// Under-recognition of sepsis in women is documented in the clinical literature; here it is planted at a
    /// known rate. The reference labels are the diagnoses charted at the time (so they carry the miss), the
    /// current labels are adjudicated by chart review (so they are the truth): the model learns the bias and is
    /// evaluated against the truth, which makes the true-positive rate for women measurably lower.
    /// </remarks>
    public const double FemaleMissedDiagnosisRate = 0.30;

    /// <summary>Creatinine offset, in mg/dL, added to every current reading at <see cref="ShiftedSite"/> (a new assay).</summary>
    public const double CreatinineAssayShift = 0.40;

    /// <summary>The site whose laboratory changed its creatinine assay between the periods.</summary>
    public const string ShiftedSite = "Site B";

    /// <summary>Share of rows where <c>antibiotics_ordered</c> disagrees with the charted diagnosis (orders without a diagnosis, or not placed).</summary>
    public const double AntibioticsDisagreementRate = 0.03;

    /// <summary>Share of rows with C-reactive protein missing completely at random.</summary>
    public const double CrpMissingRate = 0.45;

    /// <summary>Share of rows with lactate missing completely at random.</summary>
    public const double LactateMissingRate = 0.10;

    /// <summary>Share of rows with each vital sign and routine lab missing (charting gaps).</summary>
    public const double HeartRateMissingRate = 0.01;

    /// <summary>Share of rows with respiratory rate missing.</summary>
    public const double RespRateMissingRate = 0.02;

    /// <summary>Share of rows with temperature missing.</summary>
    public const double TemperatureMissingRate = 0.015;

    /// <summary>Share of rows with systolic blood pressure missing.</summary>
    public const double SystolicBpMissingRate = 0.01;

    /// <summary>Share of rows with white cell count missing.</summary>
    public const double WbcMissingRate = 0.02;

    /// <summary>Share of rows with creatinine missing.</summary>
    public const double CreatinineMissingRate = 0.02;

    /// <summary>Share of rows with SpO2 missing.</summary>
    public const double Spo2MissingRate = 0.005;
}
