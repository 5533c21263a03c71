namespace ExplainableAI.Regulatory;

/// <summary>How far a catalog row was checked when the catalog was compiled (the "Ver." column).</summary>
public enum VerificationStatus
{
    /// <summary>V: checked against the legal or official text, or a verbatim public transcription of it.</summary>
    Verified,

    /// <summary>S: supported only by secondary sources.</summary>
    SecondarySource,

    /// <summary>U: unverified, from background knowledge; a report must show it as such.</summary>
    Unverified,
}
