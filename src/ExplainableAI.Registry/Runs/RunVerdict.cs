namespace ExplainableAI.Registry;

/// <summary>How a recorded run ended against its own gate (<c>fail_on</c>).</summary>
public enum RunVerdict
{
    /// <summary>No active finding reached the gate.</summary>
    Passed,

    /// <summary>An active finding reached the gate.</summary>
    Failed,
}
