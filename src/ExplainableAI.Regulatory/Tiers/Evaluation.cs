namespace ExplainableAI.Regulatory;

/// <summary>The state of one <see cref="RiskTierClassifier.Classify"/> call: rules fired, flags, IDs and issues, in order.</summary>
internal sealed class Evaluation(LegalRegime regime)
{
    private readonly List<string> fired = [];
    private readonly List<string> deciding = [];
    private readonly List<TierFlag> flags = [];
    private readonly List<ClassificationRoute> routes = [];
    private readonly List<string> ids = [];
    private readonly List<ObligationDate> dates = [];
    private readonly List<TierIssue> issues = [];
    private readonly Dictionary<string, List<TierFact>> facts = new(StringComparer.Ordinal);

    public LegalRegime Regime { get; } = regime;

    public RiskTier Tier { get; private set; } = RiskTier.Undetermined;

    public T? Need<T>(T? value, string field, string rule)
        where T : struct
    {
        if (value is null)
        {
            Missing(field, rule);
        }

        return value;
    }

    public T? Need<T>(T? value, string field, string rule)
        where T : class
    {
        if (value is null)
        {
            Missing(field, rule);
        }

        return value;
    }

    public void Contradiction(string field, string reason, string reasonJa) =>
        issues.Add(new TierIssue(field, TierIssueKind.Contradictory, reason, ReasonJa: reasonJa));

    /// <summary>Records the declared facts a rule used (nulls skipped, duplicates kept once), for the report's wording.</summary>
    public void Use(string rule, params TierFact?[] used)
    {
        if (!facts.TryGetValue(rule, out var list))
        {
            list = [];
            facts.Add(rule, list);
        }

        foreach (var fact in used)
        {
            if (fact is not null && !list.Contains(fact))
            {
                list.Add(fact);
            }
        }
    }

    public IReadOnlyList<TierFact> FactsOf(string rule) => facts.TryGetValue(rule, out var list) ? list : [];

    public void Fire(string rule)
    {
        if (!fired.Contains(rule))
        {
            fired.Add(rule);
        }
    }

    public void Reach(RiskTier tier, string rule)
    {
        Fire(rule);
        if (tier > Tier)
        {
            Tier = tier;
            deciding.Clear();
        }

        if (tier == Tier)
        {
            deciding.Add(rule);
        }
    }

    public void Flag(TierFlag flag)
    {
        if (!flags.Contains(flag))
        {
            flags.Add(flag);
        }
    }

    public void Route(ClassificationRoute route)
    {
        if (!routes.Contains(route))
        {
            routes.Add(route);
        }
    }

    public bool HasRoute(ClassificationRoute route) => routes.Contains(route);

    public void Ids(params string[] add)
    {
        foreach (var id in add.Where(id => !ids.Contains(id)))
        {
            ids.Add(id);
        }
    }

    public void Date(ObligationDate date)
    {
        if (!dates.Contains(date))
        {
            dates.Add(date);
        }
    }

    /// <summary>The result.</summary>
    /// <param name="japanese">The Japanese device class, if declared.</param>
    /// <param name="mayBeAnnexIProduct">Whether the facts leave open that the system is an MDR/IVDR product (Annex I Section A).</param>
    public RiskTierResult Result(JapaneseDeviceClassification? japanese, bool mayBeAnnexIProduct)
    {
        var inScope = Tier is RiskTier.Minimal or RiskTier.Limited or RiskTier.High;
        if (inScope)
        {
            // Art 4 AI literacy applies to every tier in scope (catalog §1.2, §1.7 "Other provisions").
            Ids("EU-AIA-ART4");
            Date(ApplicationDates.AiLiteracy);
        }

        // An undetermined tier settles nothing: Chapter III may be a legal obligation, so it is neither attached as an
        // obligation of the provisional tier nor downgraded to good practice (catalog §5.2, text after the table).
        var undetermined = issues.Count > 0;
        var productRoute = HasRoute(ClassificationRoute.Article6Paragraph1);
        IReadOnlyList<string> goodPractice = [];
        IReadOnlyList<string> possible = [];
        if (undetermined)
        {
            possible = [.. ChapterThreeRequirements.Ids, .. productRoute || mayBeAnnexIProduct ? ChapterThreeRequirements.AnnexIProductIds : []];
        }
        else if (Tier == RiskTier.High)
        {
            Ids("EU-AIA-TIER-HIGH");
            Ids([.. ChapterThreeRequirements.Ids]);
            if (productRoute)
            {
                Ids([.. ChapterThreeRequirements.AnnexIProductIds]);
            }
        }
        else if (Tier is RiskTier.Minimal or RiskTier.Limited)
        {
            if (Tier == RiskTier.Limited)
            {
                Ids("EU-AIA-TIER-LIMITED");
            }

            goodPractice = ChapterThreeRequirements.Ids;
        }

        return new RiskTierResult(
            undetermined ? RiskTier.Undetermined : Tier,
            Tier,
            Regime,
            [.. routes],
            [.. flags],
            undetermined ? null : MainDate(),
            [.. dates],
            [.. ids],
            goodPractice,
            [.. deciding],
            [.. fired],
            [.. issues],
            japanese)
        {
            PossibleObligationIds = possible,
            Reasons = [.. fired.Select(r => RuleWording.Reason(r, deciding.Contains(r), [.. FactsOf(r)]))],
        };
    }

    private DateOnly? MainDate()
    {
        var main = Tier switch
        {
            RiskTier.Unacceptable => dates.Where(d => d == ApplicationDates.Prohibitions || d == ApplicationDates.OmnibusProhibitions),
            RiskTier.High => dates.Where(d => d == ApplicationDates.HighRiskProductRoute || d == ApplicationDates.HighRiskUseCaseRoute),
            RiskTier.Limited => dates.Where(d => d == ApplicationDates.Transparency),
            RiskTier.Minimal => dates.Where(d => d == ApplicationDates.AiLiteracy),
            _ => [],
        };
        return main.Select(d => d.In(Regime)).Where(d => d is not null).Min();
    }

    private void Missing(string field, string rule)
    {
        if (!issues.Any(i => i.Field == field && i.Kind == TierIssueKind.Missing))
        {
            var (_, labelJa) = FactWording.Label(field);
            issues.Add(new TierIssue(field, TierIssueKind.Missing, $"{field} is not declared; rule {rule} needs it", rule, $"{labelJa}が申告されていない。ルール{rule}の判定に必要である。"));
        }
    }
}
