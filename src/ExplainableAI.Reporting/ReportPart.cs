namespace ExplainableAI.Reporting;

/// <summary>The parts of the report a render writes.</summary>
public enum ReportPart
{
    /// <summary>Everything: the HTML report.</summary>
    Full,

    /// <summary>The verdict, the attention list, the regulatory position and the findings: the reviewer's PDF.</summary>
    Main,

    /// <summary>Requirement coverage, measurements, rules and provenance: the appendix PDF.</summary>
    Appendix,
}
