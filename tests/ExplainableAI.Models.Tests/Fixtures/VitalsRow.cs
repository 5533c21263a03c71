namespace ExplainableAI.Models.Tests;

/// <summary>One synthetic patient: five vitals, a binary outcome and a length of stay.</summary>
public sealed class VitalsRow
{
    public float HeartRate { get; set; }

    public float Lactate { get; set; }

    public float Creatinine { get; set; }

    public float Age { get; set; }

    public float Temperature { get; set; }

    public bool Label { get; set; }

    public float Stay { get; set; }

    public double[] Values() => [HeartRate, Lactate, Creatinine, Age, Temperature];
}
