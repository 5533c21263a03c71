namespace ExplainableAI.Regulatory;

/// <summary>
/// What each Annex III point of Regulation (EU) 2024/1689 covers, in our own words (a paraphrase, not a quotation; the
/// catalog marks the sub-point wording of area 5 as S). A point without its own wording falls back to its area's heading.
/// </summary>
internal static class AnnexIIIWording
{
    private static readonly Dictionary<string, (string En, string Ja)> Points = new(StringComparer.Ordinal)
    {
        ["1"] = ("biometrics", "生体認証等"),
        ["1a"] = ("remote biometric identification", "遠隔生体識別"),
        ["1b"] = ("biometric categorisation by sensitive or protected attributes", "機微な属性又は保護される属性による生体分類"),
        ["1c"] = ("emotion recognition", "感情認識"),
        ["2"] = ("safety component of critical infrastructure", "重要インフラの安全構成要素"),
        ["3"] = ("education and vocational training", "教育及び職業訓練"),
        ["3a"] = ("access or admission to education and vocational training", "教育及び職業訓練へのアクセス又は入学の決定"),
        ["3b"] = ("evaluation of learning outcomes", "学習成果の評価"),
        ["3c"] = ("assessment of the appropriate level of education", "適切な教育水準の評価"),
        ["3d"] = ("monitoring of prohibited behaviour during tests", "試験中の禁止行為の監視"),
        ["4"] = ("employment and workers management", "雇用及び労働者管理"),
        ["4a"] = ("recruitment or selection of persons", "採用又は選考"),
        ["4b"] = ("decisions on work relationships, task allocation, monitoring and evaluation of workers", "労働条件、業務の割当て並びに労働者の監視及び評価に関する決定"),
        ["5"] = ("access to essential private and public services and benefits", "必要不可欠な民間及び公共のサービス及び給付へのアクセス"),
        ["5a"] = ("eligibility for essential public assistance benefits and services, incl. healthcare services", "医療サービスを含む必要不可欠な公的扶助の給付及びサービスの受給資格の評価"),
        ["5b"] = ("creditworthiness or credit scoring (fraud detection excluded)", "信用力の評価又は信用スコアの算定（不正検知を除く）"),
        ["5c"] = ("risk assessment and pricing in life and health insurance", "生命保険及び健康保険におけるリスク評価及び価格設定"),
        ["5d"] = ("emergency call triage and dispatch, incl. emergency healthcare patient triage", "緊急通報の評価・分類及び出動指令（救急医療における患者トリアージを含む）"),
        ["6"] = ("law enforcement", "法執行"),
        ["7"] = ("migration, asylum and border control management", "移民、庇護及び国境管理"),
        ["8"] = ("administration of justice and democratic processes", "司法及び民主的プロセス"),
    };

    /// <summary>What a point (<c>5d</c>) or area (<c>5</c>) covers, in English and Japanese.</summary>
    /// <param name="point">A valid Annex III point: a digit 1–8 and an optional letter.</param>
    /// <returns>The wording of the point, else of its area.</returns>
    public static (string En, string Ja) Describe(string point) =>
        Points.TryGetValue(point, out var wording) ? wording : Points[point[..1]];
}
