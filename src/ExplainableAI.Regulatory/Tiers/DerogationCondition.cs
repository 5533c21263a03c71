namespace ExplainableAI.Regulatory;

/// <summary>The Art 6(3) condition the provider declares (<c>art6_3_condition</c>).</summary>
public enum DerogationCondition
{
    /// <summary><c>none</c>.</summary>
    None,

    /// <summary><c>a</c>: a narrow procedural task.</summary>
    A,

    /// <summary><c>b</c>: improves the result of a completed human activity.</summary>
    B,

    /// <summary><c>c</c>: detects decision patterns without replacing human assessment.</summary>
    C,

    /// <summary><c>d</c>: a preparatory task.</summary>
    D,
}
