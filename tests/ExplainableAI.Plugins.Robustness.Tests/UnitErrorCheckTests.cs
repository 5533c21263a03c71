using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class UnitErrorCheckTests
{
    // Decision positive when creatinine is at least 1.5 mg/dL: rows 0.8, 1.0, 1.2 negative, 2.0 positive.
    private static readonly DelegateModel Model = Models.Of(r => r[0] >= 1.5 ? 0.9 : 0.1, "creatinine");
    private static readonly Testing.CheckTest Base = new() { Data = Table(Numeric("creatinine", 0.8, 1.0, 1.2, 2.0)), Model = Model };
    private static readonly Dictionary<string, FeatureFacts> MilligramsPerDecilitre = new(StringComparer.Ordinal) { ["creatinine"] = new(Unit: "mg/dL") };

    [Fact]
    public async Task A_feature_without_a_declared_unit_is_not_probed_and_the_check_says_so_once()
    {
        // Formerly the common conversions ran on every numeric feature (x18 on creatinine flipped 3/4 and was measured);
        // a conversion means nothing without the unit it starts from, so nothing is probed and nothing is reported.
        var report = await CheckVerifier<UnitErrorCheck>.VerifyAsync(Base with { ExpectedFindings = [] });

        Assert.Equal(1, report.Value("unit_error_skipped_no_unit", "creatinine"));
        Assert.Single(report.Measurements, m => m.Name.StartsWith("unit_error_skipped", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Measurements, m => m.Name == "flip_rate");
    }

    [Fact]
    public async Task Temperature_conversions_run_only_on_the_feature_declared_in_degrees_never_on_age_or_sex()
    {
        // temp in degC, age and sex without units. The model flips when temp reaches 38: degC->degF makes every
        // value (36.5, 37, 37.5, 39 -> 97.7 .. 102.2) at least 38, so the three negatives flip: 3/4.
        var report = await CheckVerifier<UnitErrorCheck>.VerifyAsync(new Testing.CheckTest
        {
            Data = Table(Numeric("temp", 36.5, 37, 37.5, 39), Numeric("age", 40, 50, 60, 70), Numeric("sex", 0, 1, 0, 1)),
            Model = Models.Of(r => r[0] >= 38 ? 0.9 : 0.1, "temp", "age", "sex"),
            Registration = CheckTest.DefaultRegistration with
            {
                Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["temp"] = new(Unit: "\u00B0C") },
            },
            ExpectedFindings = [ExpectedFinding.Of("XAI4005").At("temp").WithArguments("temp", "\u00B0C\u2192\u00B0F", 0.75, 0.5, 0.2)],
        });

        Assert.Equal(["temp:degC->degF"], report.Measurements.Where(m => m.Name == "flip_rate").Select(m => m.Subject));
        Assert.Equal(1, report.Value("unit_error_skipped_no_unit", "age"));
        Assert.Equal(1, report.Value("unit_error_skipped_no_unit", "sex"));
        var skipped = Assert.Single(report.Findings).Evidence.Tables!.Single(t => t.Title == "Numeric features not probed for unit errors");
        Assert.Equal([["age", "no unit declared (data.features.<name>.unit)"], ["sex", "no unit declared (data.features.<name>.unit)"]], skipped.Rows);
        // What the conversion simulates, no longer in the message, is in the table of the feature's probes.
        var probed = Assert.Single(report.Findings).Evidence.Tables!.Single(t => t.Title == "Unit errors probed for 'temp'");
        Assert.Equal(["\u00B0C\u2192\u00B0F", "temp sent in \u00B0F where \u00B0C is expected"], probed.Rows.Single().Take(2));
    }

    [Fact]
    public async Task A_declared_unit_without_a_known_mix_up_is_not_probed()
    {
        var report = await CheckVerifier<UnitErrorCheck>.VerifyAsync(Base with
        {
            Registration = Base.Registration with
            {
                Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["creatinine"] = new(Unit: "mmHg") },
            },
            ExpectedFindings = [],
        });

        Assert.Equal(1, report.Value("unit_error_skipped_unknown_unit", "creatinine"));
        Assert.DoesNotContain(report.Measurements, m => m.Name == "flip_rate");
    }

    [Fact]
    public async Task A_model_that_rejects_the_converted_value_is_not_reported()
    {
        // mg/dL -> umol/L (x88.4) gives 70.7 .. 176.8, above 20: the model throws. mg/dL -> mg/L (x10) gives 8 .. 20:
        // never above 20, and the strict model answers 0.1 whatever the value, so nothing flips.
        var strict = Models.Of(r => r[0] > 20 ? throw new ArgumentOutOfRangeException("creatinine") : 0.1, "creatinine");
        var report = await CheckVerifier<UnitErrorCheck>.VerifyAsync(Base with { Model = strict, Registration = Base.Registration with { Features = MilligramsPerDecilitre }, ExpectedFindings = [] });

        Assert.Equal(1, report.Value("unit_error_rejected", "creatinine:mg/dL->umol/L"));
        Assert.Equal(0, report.Value("flip_rate", "creatinine:mg/dL->mg/L"));
    }

    [Fact]
    public void Temperature_conversions_invert_each_other()
    {
        var toF = UnitFactor.For("temperature", "degC").Single();
        var toC = UnitFactor.For("temperature", "degF").Single();

        Assert.Equal(98.6, toF.Apply(37), 12);
        Assert.Equal(37, toC.Apply(toF.Apply(37)), 12);
    }

    [Fact]
    public async Task A_declared_unit_picks_the_conversions_of_the_unit_table()
    {
        // Declared mg/dL: the table gives creatinine mg/dL -> umol/L (x88.4) and any mg/dL -> mg/L (x10). x10 makes the
        // values 8, 10, 12, 20, all >= 1.5: the three negatives flip, 3/4, like x88.4. Nothing else is probed.
        var report = await CheckVerifier<UnitErrorCheck>.VerifyAsync(Base with
        {
            Registration = Base.Registration with { Features = MilligramsPerDecilitre },
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI4005").At("creatinine").WithArguments("creatinine", "mg/dL\u2192\u00B5mol/L", 0.75, 0.5, 0.2),
                ExpectedFinding.Of("XAI4005").At("creatinine").WithArguments("creatinine", "mg/dL\u2192mg/L", 0.75, 0.5, 0.2),
            ],
        });

        Assert.Equal(["creatinine:mg/dL->umol/L", "creatinine:mg/dL->mg/L"], report.Measurements.Where(m => m.Name == "flip_rate").Select(m => m.Subject));
    }

    [Fact]
    public async Task A_declared_unit_in_micromoles_is_divided_back_to_milligrams()
    {
        // Declared umol/L with values 70, 90, 110, 180 (>= 130 positive): /88.4 gives 0.79 .. 2.04, all below 130, so
        // the positive flips: 1/4. Reported at max_flip_rate 0.2.
        var report = await CheckVerifier<UnitErrorCheck>.VerifyAsync(new Testing.CheckTest
        {
            Data = Table(Numeric("creatinine", 70, 90, 110, 180)),
            Model = Models.Of(r => r[0] >= 130 ? 0.9 : 0.1, "creatinine"),
            Registration = CheckTest.DefaultRegistration with
            {
                Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["creatinine"] = new(Unit: "\u00B5mol/L") },
            },
            ExpectedFindings = [ExpectedFinding.Of("XAI4005").At("creatinine").WithArguments("creatinine", "\u00B5mol/L\u2192mg/dL", 0.25, 0.5, 0.2)],
        });

        Assert.Equal(0.25, report.Value("flip_rate", "creatinine:umol/L->mg/dL"));
    }

    [Theory]
    [InlineData("glucose", "mmol/L", "mmol/L->mg/dL", 5.5, 99.0)]
    [InlineData("glucose", "mg/dL", "mg/dL->mmol/L", 90, 5.0)]
    [InlineData("lactate", "mmol/L", "mmol/L->mg/dL", 2, 18.02)]
    [InlineData("bilirubin", "mg/dL", "mg/dL->umol/L", 1, 17.1)]
    [InlineData("bun", "mg/dL", "mg/dL->mmol/L", 14, 4.998)]
    [InlineData("temp", "\u00B0C", "degC->degF", 37, 98.6)]
    [InlineData("temp", "F", "degF->degC", 98.6, 37)]
    [InlineData("hemoglobin", "g/dL", "g/dL->g/L", 13.5, 135)]
    public void The_unit_table_converts_by_the_published_factors(string feature, string unit, string name, double value, double expected)
    {
        var conversion = UnitFactor.For(feature, unit).Single(c => c.Name == name);

        Assert.Equal(expected, conversion.Apply(value), 9);
    }

    [Fact]
    public void A_molar_unit_needs_the_analyte_and_an_unknown_unit_gets_no_conversion()
    {
        // mg/dL of an unnamed analyte: only the power-of-ten mix-up is known.
        Assert.Equal(["mg/dL->mg/L"], UnitFactor.For("lab_17", "mg/dL").Select(c => c.Name));
        Assert.Equal("umol/l", UnitFactor.Normalise(" \u03BCmol/L "));
        Assert.Equal("degc", UnitFactor.Normalise("\u00B0C"));

        var registration = new Sdk.RegistrationInfo("m", "1", "p", null, null, [])
        {
            Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["sbp"] = new(Unit: "mmHg") },
        };
        Assert.Empty(UnitErrorCheck.ConversionsFor(registration, "sbp"));
        Assert.Empty(UnitErrorCheck.ConversionsFor(registration, "glucose"));
    }
}
