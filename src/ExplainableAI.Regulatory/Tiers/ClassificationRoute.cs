namespace ExplainableAI.Regulatory;

/// <summary>How an AI system reached (or escaped) the high-risk tier.</summary>
public enum ClassificationRoute
{
    /// <summary>Art 6(1): product, or safety component of a product, under Annex I legislation with third-party conformity assessment (R3).</summary>
    Article6Paragraph1,

    /// <summary>Art 6(2): a use listed in Annex III (R4, R6).</summary>
    Article6Paragraph2,

    /// <summary>Art 6(3): an Annex III system declared not high risk under the derogation (R5).</summary>
    Derogation,
}
