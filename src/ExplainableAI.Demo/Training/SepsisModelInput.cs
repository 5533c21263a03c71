using ExplainableAI.Demo.Cohorts;
using Microsoft.ML.Data;

namespace ExplainableAI.Demo.Training;

/// <summary>
/// The model's input row: one column per CSV column, named exactly as the CSV header, so an adapter can map
/// data columns to model inputs by name. Missing numbers are <see cref="float.NaN"/>.
/// </summary>
internal sealed class SepsisModelInput
{
    [ColumnName("age")]
    public float Age { get; set; }

    [ColumnName("sex")]
    public string Sex { get; set; } = string.Empty;

    [ColumnName("site")]
    public string Site { get; set; } = string.Empty;

    [ColumnName("heart_rate")]
    public float HeartRate { get; set; }

    [ColumnName("resp_rate")]
    public float RespRate { get; set; }

    [ColumnName("temperature")]
    public float Temperature { get; set; }

    [ColumnName("systolic_bp")]
    public float SystolicBp { get; set; }

    [ColumnName("wbc")]
    public float Wbc { get; set; }

    [ColumnName("lactate")]
    public float Lactate { get; set; }

    [ColumnName("creatinine")]
    public float Creatinine { get; set; }

    [ColumnName("crp")]
    public float Crp { get; set; }

    [ColumnName("spo2")]
    public float Spo2 { get; set; }

    [ColumnName("antibiotics_ordered")]
    public bool AntibioticsOrdered { get; set; }

    [ColumnName("sepsis")]
    public bool Sepsis { get; set; }

    /// <summary>Converts a cohort row; the model's own precision is float.</summary>
    public static SepsisModelInput From(PatientRecord record) => new()
    {
        Age = (float)record.Age,
        Sex = record.Sex,
        Site = record.Site,
        HeartRate = ToFloat(record.HeartRate),
        RespRate = ToFloat(record.RespRate),
        Temperature = ToFloat(record.Temperature),
        SystolicBp = ToFloat(record.SystolicBp),
        Wbc = ToFloat(record.Wbc),
        Lactate = ToFloat(record.Lactate),
        Creatinine = ToFloat(record.Creatinine),
        Crp = ToFloat(record.Crp),
        Spo2 = ToFloat(record.Spo2),
        AntibioticsOrdered = record.AntibioticsOrdered,
        Sepsis = record.Sepsis,
    };

    private static float ToFloat(double? value) => value is { } v ? (float)v : float.NaN;
}
