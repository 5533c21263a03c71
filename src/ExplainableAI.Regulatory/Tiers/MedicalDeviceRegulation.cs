namespace ExplainableAI.Regulatory;

/// <summary>Whether the model qualifies as a medical device, and under which regulation (<c>is_medical_device</c>).</summary>
public enum MedicalDeviceRegulation
{
    /// <summary><c>no</c>.</summary>
    No,

    /// <summary><c>MDR</c>: Regulation (EU) 2017/745.</summary>
    Mdr,

    /// <summary><c>IVDR</c>: Regulation (EU) 2017/746.</summary>
    Ivdr,
}
