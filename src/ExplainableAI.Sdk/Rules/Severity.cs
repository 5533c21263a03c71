namespace ExplainableAI.Sdk;

/// <summary>How serious a finding is. Ordered: a larger value is more severe.</summary>
public enum Severity
{
    /// <summary>The rule is switched off; its findings are dropped.</summary>
    None = 0,

    /// <summary>Worth knowing; never fails a gate by default.</summary>
    Info = 1,

    /// <summary>A problem a reviewer should look at.</summary>
    Warning = 2,

    /// <summary>A problem that fails the default gate (<c>--fail-on error</c>).</summary>
    Error = 3,
}
