namespace ExplainableAI.Regulatory;

/// <summary>The regulation, guideline or standard a catalog requirement comes from.</summary>
public enum RequirementFramework
{
    /// <summary>Regulation (EU) 2024/1689, the AI Act (<c>eu-ai-act</c>).</summary>
    EuAiAct,

    /// <summary>Regulation (EU) 2017/745, the Medical Device Regulation (<c>eu-mdr</c>).</summary>
    EuMdr,

    /// <summary>Medical Device Coordination Group guidance (<c>eu-mdcg</c>).</summary>
    EuMdcg,

    /// <summary>Regulation (EU) 2016/679, the GDPR (<c>eu-gdpr</c>); context only.</summary>
    EuGdpr,

    /// <summary>人間中心のAI社会原則, Social Principles of Human-Centric AI (<c>jp-social-principles</c>).</summary>
    JpSocialPrinciples,

    /// <summary>AI事業者ガイドライン, AI Guidelines for Business (<c>jp-ai-guidelines-business</c>).</summary>
    JpAiGuidelinesForBusiness,

    /// <summary>産総研 機械学習品質マネジメントガイドライン, AIST ML Quality Management Guideline (<c>jp-aist-mlqm</c>).</summary>
    JpAistMlqm,

    /// <summary>薬機法, the PMD Act, and PMDA/MHLW device guidance (<c>jp-pmd-act</c>).</summary>
    JpPmdAct,

    /// <summary>次世代医療基盤法, the Next Generation Medical Infrastructure Act (<c>jp-ngmi-act</c>).</summary>
    JpNgmiAct,

    /// <summary>個人情報保護法, the Act on the Protection of Personal Information (<c>jp-appi</c>).</summary>
    JpAppi,

    /// <summary>MHLW security guideline for medical information systems (<c>jp-mhlw</c>).</summary>
    JpMhlw,

    /// <summary>AI推進法, the AI Promotion Act (<c>jp-ai-promotion-act</c>).</summary>
    JpAiPromotionAct,

    /// <summary>Good Machine Learning Practice and related FDA/Health Canada/MHRA principles (<c>gmlp</c>).</summary>
    Gmlp,

    /// <summary>US FDA guidance (<c>us-fda</c>).</summary>
    UsFda,

    /// <summary>ISO/IEC standards (<c>iso</c>).</summary>
    Iso,
}
