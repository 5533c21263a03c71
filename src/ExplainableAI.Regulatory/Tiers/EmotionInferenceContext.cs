namespace ExplainableAI.Regulatory;

/// <summary>Where emotions are inferred (<c>emotion_inference_context</c>), for Art 5(1)(f) and Annex III 1(c).</summary>
public enum EmotionInferenceContext
{
    /// <summary>No emotion inference.</summary>
    None,

    /// <summary>In a workplace.</summary>
    Workplace,

    /// <summary>In an education institution.</summary>
    Education,

    /// <summary>Elsewhere (for example a clinical setting).</summary>
    Other,
}
