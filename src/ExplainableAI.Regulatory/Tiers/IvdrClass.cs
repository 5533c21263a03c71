namespace ExplainableAI.Regulatory;

/// <summary>IVDR device class (<c>ivdr_class</c>).</summary>
public enum IvdrClass
{
    /// <summary><c>A</c>: non-sterile (no notified body).</summary>
    A,

    /// <summary><c>A_sterile</c>.</summary>
    ASterile,

    /// <summary><c>B</c>.</summary>
    B,

    /// <summary><c>C</c>.</summary>
    C,

    /// <summary><c>D</c>.</summary>
    D,
}
