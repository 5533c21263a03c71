using System.Text.RegularExpressions;

namespace ExplainableAI.Regulatory.Tests;

/// <summary>Every ID the classifier emits exists in the shipped catalog, and the Chapter III list matches it.</summary>
public sealed class CatalogConsistencyTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    [Fact]
    public void Chapter_III_list_equals_the_catalog_entries_of_articles_9_to_17_72_73_26_and_annex_IV()
    {
        var expected = shipped.Catalog.Requirements
            .Select(r => r.Id)
            .Where(id => Regex.IsMatch(id, "^EU-AIA-(ART(9|10|11|12|13|14|15|17|26|72|73)(-|$)|ANNEX4-)"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, ChapterThreeRequirements.Ids.Concat(ChapterThreeRequirements.AnnexIProductIds).Order(StringComparer.Ordinal));
        Assert.Empty(ChapterThreeRequirements.Ids.Intersect(ChapterThreeRequirements.AnnexIProductIds));
    }

    [Fact]
    public void Every_id_and_date_id_the_classifier_can_emit_is_in_the_catalog()
    {
        var results = new List<RiskTierResult>();
        foreach (var regime in Enum.GetValues<LegalRegime>())
        {
            results.AddRange(Enum.GetValues<ProhibitedPractice>().Select(p => RiskTierClassifier.Classify(Facts.Minimal with { ProhibitedUses = Facts.Uses(p), EmotionInferenceContext = EmotionInferenceContext.Workplace }, regime)));
            results.AddRange(Enum.GetValues<MdrClass>().Select(c => RiskTierClassifier.Classify(Facts.MdrDevice(c) with { PlacedOnMarketDate = new DateOnly(2020, 1, 1) }, regime)));
            results.AddRange(Enum.GetValues<MdrClass>().Select(c => RiskTierClassifier.Classify(Facts.MdrDevice(c) with { InHouseArt5Paragraph5 = true }, regime)));
            results.AddRange(Enum.GetValues<IvdrClass>().Select(c => RiskTierClassifier.Classify(Facts.IvdrDevice(c, DeviceRole.NonSafetyComponent), regime)));
            results.AddRange(Enumerable.Range(1, 8).Select(p => RiskTierClassifier.Classify(Facts.AnnexIII(p.ToString(System.Globalization.CultureInfo.InvariantCulture)) with { ProfilesNaturalPersons = p % 2 == 0 }, regime)));
            results.AddRange(Enum.GetValues<DerogationCondition>().Select(c => RiskTierClassifier.Classify(Facts.AnnexIII("5d") with { Art6Paragraph3Condition = c, NoSignificantRiskAndNotMateriallyInfluencing = true }, regime)));
            results.Add(RiskTierClassifier.Classify(Facts.AnnexIII("1b") with { InteractsWithPersons = true, GeneratesSyntheticContent = true, DeepFake = true, PlacedOnMarketDate = new DateOnly(2025, 1, 1) }, regime));
            results.Add(RiskTierClassifier.Classify(Facts.Minimal with { JapanesePmdClass = JapaneseDeviceClass.IV }, regime));
        }

        var ids = results.SelectMany(r => r.RequirementIds.Concat(r.GoodPracticeIds)
            .Concat(r.Dates.SelectMany(d => new[] { d.OriginalDateId, d.AmendedDateId }).OfType<string>())
            .Concat(r.JapaneseDeviceClass is { } jp ? [jp.RequirementId] : [])).Distinct().ToArray();
        Assert.True(ids.Length > 120);
        Assert.All(ids, id => Assert.True(shipped.Catalog.Contains(id), id));
    }

    [Fact]
    public void Every_date_the_classifier_uses_matches_the_catalog()
    {
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa) with { AnnexIIIPoints = ["5d"], GeneratesSyntheticContent = true, PlacedOnMarketDate = new DateOnly(2025, 1, 1) }, LegalRegime.Original);
        foreach (var d in r.Dates)
        {
            if (d.OriginalDateId is { } o)
            {
                Assert.Equal(shipped.Catalog[o].Date, d.Original);
            }

            if (d.AmendedDateId is { } a)
            {
                Assert.Equal(shipped.Catalog[a].Date, d.Amended);
            }
        }
    }
}
