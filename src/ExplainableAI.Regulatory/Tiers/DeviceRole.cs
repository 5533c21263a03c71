namespace ExplainableAI.Regulatory;

/// <summary>The AI's role in the device (<c>role_in_device</c>; Omnibus Art 6(1a)–(1c), S).</summary>
public enum DeviceRole
{
    /// <summary><c>is_the_device</c>: the AI is the device software.</summary>
    IsTheDevice,

    /// <summary><c>safety_component</c>.</summary>
    SafetyComponent,

    /// <summary><c>non_safety_component</c>: no safety function; its failure would not endanger health or safety.</summary>
    NonSafetyComponent,
}
