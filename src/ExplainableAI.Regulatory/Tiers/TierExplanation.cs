namespace ExplainableAI.Regulatory;

/// <summary>
/// The tier in words, in English and Japanese: the declared facts that decided it and what the deciding rules mean, so a
/// report can say "EU MDR class IIa device; the AI is the device software → Art 6(1), Annex I → high risk" instead of
/// "decided by rule R3". For an undetermined tier, the facts are the missing or contradictory ones.
/// </summary>
/// <param name="DecidingFact">The deciding facts as English noun phrases joined by <c>; </c>, or what is missing.</param>
/// <param name="DecidingFactJa">The same in Japanese, joined by <c>、</c>.</param>
/// <param name="RuleSummary">What the deciding rules mean, in English sentences.</param>
/// <param name="RuleSummaryJa">The same in Japanese sentences (である調).</param>
public sealed record TierExplanation(string DecidingFact, string DecidingFactJa, string RuleSummary, string RuleSummaryJa)
{
    /// <summary>Words the tier of a classification.</summary>
    /// <param name="result">The classification.</param>
    /// <returns>The explanation.</returns>
    public static TierExplanation For(RiskTierResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Tier == RiskTier.Undetermined ? Undetermined(result) : Decided(result);
    }

    private static TierExplanation Decided(RiskTierResult result)
    {
        var deciding = result.Reasons.Where(r => r.Deciding).ToArray();
        // The declared device class is named even when another route decided: R3b/R3c say why the product route did not.
        var deviceClass = result.Reasons.Where(r => r.Rule is "R3b" or "R3c").SelectMany(r => r.Facts).Where(f => f.Field is "mdr_class" or "ivdr_class");
        var facts = deciding.SelectMany(r => r.Facts).Concat(deviceClass).Distinct().ToArray();
        return facts.Length == 0
            ? new TierExplanation(
                "no declared fact reaches a higher tier",
                "より高いリスク区分に該当する申告事実なし",
                string.Join(' ', deciding.Select(r => r.Summary)),
                string.Concat(deciding.Select(r => r.SummaryJa)))
            : new TierExplanation(
                string.Join("; ", facts.Select(f => f.Text)),
                string.Join('、', facts.Select(f => f.TextJa)),
                string.Join(' ', deciding.Select(r => r.Summary)),
                string.Concat(deciding.Select(r => r.SummaryJa)));
    }

    private static TierExplanation Undetermined(RiskTierResult result)
    {
        var missing = result.Issues.Where(i => i.Kind == TierIssueKind.Missing).ToArray();
        var contradictory = result.Issues.Where(i => i.Kind == TierIssueKind.Contradictory).ToArray();
        var fact = new List<string>();
        var factJa = new List<string>();
        if (missing.Length > 0)
        {
            fact.Add("Not declared: " + string.Join("; ", missing.Select(i => FactWording.Label(i.Field).En)));
            factJa.Add("申告されていない事実：" + string.Join('、', missing.Select(i => FactWording.Label(i.Field).Ja)));
        }

        if (contradictory.Length > 0)
        {
            fact.Add("Contradictory: " + string.Join("; ", contradictory.Select(i => i.Reason)));
            factJa.Add("矛盾する事実：" + string.Join(string.Empty, contradictory.Select(i => i.ReasonJa ?? i.Reason)));
        }

        var rules = missing.Select(i => i.Rule).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var summary = "The tier is undetermined and is not guessed"
            + (rules.Length > 0 ? $": rule{(rules.Length > 1 ? "s" : string.Empty)} {string.Join(", ", rules)} need{(rules.Length > 1 ? string.Empty : "s")} the missing facts" : string.Empty)
            + (contradictory.Length > 0 ? (rules.Length > 0 ? ", and" : ":") + " contradictory facts must be corrected" : string.Empty)
            + ".";
        var summaryJa = "リスク区分は未確定であり、推測による決定は行わない。"
            + (rules.Length > 0 ? $"ルール{string.Join("、", rules)}の判定に不足する事実の申告が必要である。" : string.Empty)
            + (contradictory.Length > 0 ? "矛盾する事実の訂正が必要である。" : string.Empty);
        if (result.ProvisionalTier != RiskTier.Undetermined)
        {
            summary += $" The rules that could be evaluated reach {TierName(result.ProvisionalTier)}.";
            summaryJa += $"評価可能であったルールに基づく暫定の区分は{TierNameJa(result.ProvisionalTier)}である。";
        }

        return new TierExplanation(string.Join(". ", fact), string.Join('。', factJa), summary, summaryJa);
    }

    private static string TierName(RiskTier tier) => tier switch
    {
        RiskTier.OutOfScope => "out of scope",
        RiskTier.Minimal => "minimal risk",
        RiskTier.Limited => "limited risk",
        RiskTier.High => "high risk",
        RiskTier.Unacceptable => "unacceptable risk",
        _ => "undetermined",
    };

    // The names of reports/i18n/ja.json regulatory.tier, so the sentence and the tier label agree.
    private static string TierNameJa(RiskTier tier) => tier switch
    {
        RiskTier.OutOfScope => "適用対象外",
        RiskTier.Minimal => "最小リスク",
        RiskTier.Limited => "限定リスク",
        RiskTier.High => "高リスク",
        RiskTier.Unacceptable => "禁止されるAI行為",
        _ => "未確定",
    };
}
