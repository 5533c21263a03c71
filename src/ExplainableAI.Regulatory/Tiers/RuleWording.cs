namespace ExplainableAI.Regulatory;

/// <summary>
/// What each decision-table rule of catalog §5.2 means, in English and Japanese, so the report can say "Art 6(1) → high
/// risk" instead of "rule R3". The wording paraphrases the catalog; it is not a quotation of the Act.
/// </summary>
internal static class RuleWording
{
    private static readonly Dictionary<string, (string Basis, string BasisJa, string Summary, string SummaryJa)> Rules = new(StringComparer.Ordinal)
    {
        ["R0"] = (
            "Art 2(1), Art 3(1)",
            "第2条第1項、第3条第1号",
            "The AI Act does not apply: the model is not an AI system, or it is neither placed on the EU market nor used in the EU; re-check if the market expands.",
            "AIシステムに該当しないか、EU域内での上市及び出力の使用がないため、AI規則は適用されない。販売地域を拡大する場合は再確認が必要である。"),
        ["R1"] = (
            "Art 2",
            "第2条",
            "An Art 2 exclusion takes the model out of the AI Act's scope; classify it again before clinical use or market placement (research exclusions), or once it is used for civilian purposes (military exclusion, Art 2(3)).",
            "第2条の適用除外事由に該当するため、AI規則の適用対象外である。研究に係る適用除外の場合は臨床使用又は上市の前に、軍事に係る適用除外（第2条第3項）の場合は民生目的で使用する時点で、改めて分類する必要がある。"),
        ["R2"] = (
            "Art 5(1)",
            "第5条第1項",
            "The intended purpose includes a practice prohibited by Art 5(1): an unacceptable risk that may not be placed on the market or used.",
            "使用目的に第5条第1項で禁止される行為が含まれるため、許容できないリスクであり、上市及び使用は認められない。"),
        ["R3"] = (
            "Art 6(1), Annex I",
            "第6条第1項、附属書I",
            "A medical device (or its safety component) whose class needs a notified body's conformity assessment is high risk by the Annex I product route.",
            "ノーティファイドボディによる適合性評価を要するクラスの医療機器（又はその安全構成要素）であるため、附属書Iの製品ルートにより高リスクに該当する。"),
        ["R3b"] = (
            "Art 6(1a)–(1c) (amended text)",
            "第6条第1a項から第1c項まで（改正後の本文）",
            "The AI is a component without a safety function, so it is not high risk by the product route; a legal review should confirm this.",
            "AIは安全機能を持たない構成要素であるため、製品ルートによっては高リスクに該当しない。この判断は法務レビューで確認すべきである。"),
        ["R3c"] = (
            "Art 6(1); MDR/IVDR Art 5(5)",
            "第6条第1項、医療機器規則・体外診断用医療機器規則第5条第5項",
            "The device needs no notified body (or is an in-house device under MDR/IVDR Art 5(5)), so the product route does not make it high risk.",
            "ノーティファイドボディを要しない医療機器（又は医療機器規則・体外診断用医療機器規則第5条第5項の院内製造機器）であるため、製品ルートによっては高リスクに該当しない。"),
        ["R4"] = (
            "Art 6(2), Art 6(3), Annex III",
            "第6条第2項、第6条第3項、附属書III",
            "An Annex III use that profiles natural persons is always high risk; the Art 6(3) derogation is not available.",
            "自然人のプロファイリングを行う附属書IIIの用途は常に高リスクに該当し、第6条第3項の適用除外は利用できない。"),
        ["R5"] = (
            "Art 6(3), Art 6(4), Art 49(2)",
            "第6条第3項、第6条第4項、第49条第2項",
            "The Art 6(3) derogation applies: the Annex III use meets one of the conditions (a)–(d) and poses no significant risk, so it is not high risk; the assessment must be documented (Art 6(4)) and registered (Art 49(2)).",
            "第6条第3項の適用除外が適用される。附属書IIIの用途が要件(a)から(d)までのいずれかを満たし、重大なリスクをもたらさないため、高リスクに該当しない。評価の文書化（第6条第4項）及び登録（第49条第2項）が必要である。"),
        ["R6"] = (
            "Art 6(2), Annex III",
            "第6条第2項、附属書III",
            "A use listed in Annex III is high risk by the use-case route.",
            "附属書IIIに掲げる用途であるため、用途ルートにより高リスクに該当する。"),
        ["R7"] = (
            "Art 50",
            "第50条",
            "Art 50 transparency duties apply (limited risk); they also apply on top of a higher tier.",
            "第50条の透明性義務が適用される（限定リスク）。より高いリスク区分にも重ねて適用される。"),
        ["R8"] = (
            "Art 4",
            "第4条",
            "No rule for a higher tier applies, so the risk is minimal; Art 4 AI literacy still applies and codes of conduct are voluntary.",
            "より高いリスク区分に該当するルールがないため、最小リスクである。ただし第4条のAIリテラシーの義務は適用され、行動規範は任意である。"),
        ["R9"] = (
            "Chapter V",
            "第V章",
            "A general-purpose AI model is provided: the Chapter V duties apply separately from the tier.",
            "汎用AIモデルを提供しているため、リスク区分とは別に第V章の義務が適用される。"),
        ["R10"] = (
            "Art 111(2)",
            "第111条第2項",
            "Placed on the market before the Art 111(2) cut-off (2 August 2026 as published; the route's Chapter III date under the Omnibus): the obligations apply once the design changes significantly.",
            "第111条第2項の基準日（公布時の本文では2026年8月2日、オムニバス改正後は該当経路の第III章の適用開始日）より前に上市されているため、設計に重大な変更が加えられた時点から義務が適用される。"),
    };

    /// <summary>Every rule worded here (R0–R10, R3b, R3c); a test keeps it equal to the rules the classifier fires.</summary>
    public static IReadOnlyCollection<string> Known => Rules.Keys;

    public static TierReason Reason(string rule, bool deciding, IReadOnlyList<TierFact> facts)
    {
        var (basis, basisJa, summary, summaryJa) = Rules[rule];
        return new TierReason(rule, deciding, basis, basisJa, summary, summaryJa, facts);
    }
}
