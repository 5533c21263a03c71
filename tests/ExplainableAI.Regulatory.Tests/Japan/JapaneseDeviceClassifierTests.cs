namespace ExplainableAI.Regulatory.Tests;

public sealed class JapaneseDeviceClassifierTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    [Theory]
    [InlineData(JapaneseDeviceClass.I, "JP-PMD-CLASS-I", "一般医療機器")]
    [InlineData(JapaneseDeviceClass.II, "JP-PMD-CLASS-II", "管理医療機器")]
    [InlineData(JapaneseDeviceClass.III, "JP-PMD-CLASS-III", "高度管理医療機器")]
    [InlineData(JapaneseDeviceClass.IV, "JP-PMD-CLASS-IV", "高度管理医療機器")]
    public void Each_PMD_Act_class_maps_to_its_catalog_entry(JapaneseDeviceClass deviceClass, string id, string japaneseName)
    {
        var c = JapaneseDeviceClassifier.Classify(deviceClass);
        Assert.Equal(id, c.RequirementId);
        Assert.StartsWith(japaneseName, shipped.Catalog[id].TitleJa, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I", JapaneseDeviceClass.I)]
    [InlineData("II", JapaneseDeviceClass.II)]
    [InlineData(" Class III ", JapaneseDeviceClass.III)]
    [InlineData("クラスIV", JapaneseDeviceClass.IV)]
    [InlineData("Ⅱ", JapaneseDeviceClass.II)]
    public void Declared_classes_parse(string text, JapaneseDeviceClass expected)
    {
        Assert.True(JapaneseDeviceClassifier.TryParse(text, out var c));
        Assert.Equal(expected, c);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("IIa")]
    [InlineData("V")]
    public void Other_text_does_not_parse(string? text) => Assert.False(JapaneseDeviceClassifier.TryParse(text, out _));

    [Fact]
    public void The_Japanese_class_is_shown_beside_the_EU_tier()
    {
        var r = RiskTierClassifier.Classify(Facts.MdrDevice(MdrClass.IIa) with { JapanesePmdClass = JapaneseDeviceClass.II }, LegalRegime.Original);
        Assert.Equal(RiskTier.High, r.Tier);
        Assert.Equal(new JapaneseDeviceClassification(JapaneseDeviceClass.II, "JP-PMD-CLASS-II"), r.JapaneseDeviceClass);
        Assert.Null(RiskTierClassifier.Classify(Facts.Minimal, LegalRegime.Original).JapaneseDeviceClass);
    }
}
