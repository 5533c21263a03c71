using ExplainableAI.Sdk;
using Microsoft.ML.Data;

namespace ExplainableAI.Models.Tests;

/// <summary>A binary row: did the patient need intensive care.</summary>
public sealed class BinaryPatient
{
    public float Age { get; set; }

    public float Bmi { get; set; }

    public string Ward { get; set; } = string.Empty;

    public bool Label { get; set; }
}

/// <summary>A multiclass row: the triage level.</summary>
public sealed class TriagePatient
{
    public float Age { get; set; }

    public float Bmi { get; set; }

    public string Ward { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}

/// <summary>A regression row with a non-default label name and an identifier that is not a feature.</summary>
public sealed class StayPatient
{
    public string PatientId { get; set; } = string.Empty;

    public float Age { get; set; }

    public float Bmi { get; set; }

    public string Ward { get; set; } = string.Empty;

    public float LengthOfStay { get; set; }
}

/// <summary>A row whose only input is a vector, which the adapters do not support.</summary>
public sealed class VectorPatient
{
    [VectorType(3)]
    public float[] Features { get; set; } = [];

    public float Label { get; set; }
}

/// <summary>ML.NET's binary output.</summary>
public sealed class BinaryScore
{
    public float Probability { get; set; }

    public float Score { get; set; }
}

/// <summary>ML.NET's multiclass output.</summary>
public sealed class MulticlassScore
{
    public float[] Score { get; set; } = [];
}

/// <summary>ML.NET's regression output.</summary>
public sealed class RegressionScore
{
    public float Score { get; set; }
}

/// <summary>The input features of one synthetic patient.</summary>
public sealed record PatientFeatures(float Age, float Bmi, string Ward);
