namespace ExplainableAI.Regulatory;

/// <summary>MDR device class (<c>mdr_class</c>).</summary>
public enum MdrClass
{
    /// <summary><c>I</c>: plain class I (no notified body).</summary>
    I,

    /// <summary><c>I_sterile_measuring_reusable</c>: class I sterile, with a measuring function, or reusable surgical.</summary>
    ISterileMeasuringReusable,

    /// <summary><c>IIa</c>.</summary>
    IIa,

    /// <summary><c>IIb</c>.</summary>
    IIb,

    /// <summary><c>III</c>.</summary>
    III,

    /// <summary><c>annex_XVI_nb</c>: Annex XVI product with notified-body assessment.</summary>
    AnnexXviNotifiedBody,
}
