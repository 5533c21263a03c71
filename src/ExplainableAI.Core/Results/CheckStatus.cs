namespace ExplainableAI.Core;

/// <summary>How a check's run ended.</summary>
public enum CheckStatus
{
    /// <summary>Ran to completion.</summary>
    Completed,

    /// <summary>Threw an exception; reported as XAI0002.</summary>
    Failed,

    /// <summary>Ran past its timeout; reported as XAI0003.</summary>
    TimedOut,

    /// <summary>Not run because an input it needs is absent, or stopped because its inputs do not fit (<see cref="Sdk.CheckContext.Skip"/>); reported as XAI0004.</summary>
    Skipped,
}
