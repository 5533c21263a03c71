namespace ExplainableAI.Regulatory;

/// <summary>Art 5(1) prohibited practices (<c>prohibited_uses</c>), catalog IDs <c>EU-AIA-ART5-1…</c>.</summary>
public enum ProhibitedPractice
{
    /// <summary>5-1A: manipulative or deceptive techniques.</summary>
    A,

    /// <summary>5-1B: exploiting vulnerabilities.</summary>
    B,

    /// <summary>5-1C: social scoring.</summary>
    C,

    /// <summary>5-1D: crime-risk prediction from profiling alone.</summary>
    D,

    /// <summary>5-1E: untargeted scraping of facial images.</summary>
    E,

    /// <summary>5-1F: emotion inference in workplaces or education (except medical or safety reasons).</summary>
    F,

    /// <summary>5-1G: biometric categorisation by sensitive attributes.</summary>
    G,

    /// <summary>5-1H: real-time remote biometric identification for law enforcement.</summary>
    H,

    /// <summary>5-1BA (Omnibus, S): non-consensual intimate imagery.</summary>
    BA,

    /// <summary>5-1BB (Omnibus, S): child sexual abuse material.</summary>
    BB,
}
