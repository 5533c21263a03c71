using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class UnitErrorCheckTests
{
    // Decision positive when creatinine is at least 1.5 mg/dL: rows 0.8, 1.0, 1.2 negative, 2.0 positive.
    private static readonly DelegateModel Model = Models.Of(r => r[0] >= 1.5 ? 0.9 : 0.1, "creatinine");
    private static readonly Testing.CheckTest Base = new() { Data = Table(Numeric("creatinine", 0.8, 1.0, 1.2, 2.0)), Model = Model };

    [Fact]
    public async Task Creatinine_in_umol_per_litre_flips_every_negative_and_is_reported()
    {
        // x88.4: 70.7, 88.4, 106.1, 176.8 are all >= 1.5, so the three negatives flip: 3/4. /88.4: all < 1.5, so the
        // positive flips: 1/4. Both are plausible for a feature named creatinine. The glucose and temperature
        // conversions flip as many rows but are not plausible for it.
        var report = await CheckVerifier<UnitErrorCheck>.VerifyAsync(Base with
        {
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI4005").At("creatinine").WithArguments("creatinine", "\u00D788.4", "creatinine sent in \u00B5mol/L where mg/dL is expected", 0.75, 0.5, 0.2),
                ExpectedFinding.Of("XAI4005").At("creatinine").WithArguments("creatinine", "\u00F788.4", "creatinine sent in mg/dL where \u00B5mol/L is expected", 0.25, 0.5, 0.2),
            ],
        });

        Assert.Equal(0.75, report.Value("flip_rate", "creatinine:x18"));
        Assert.Equal(0.25, report.Value("flip_rate", "creatinine:/18"));
        Assert.Equal(0.75, report.Value("flip_rate", "creatinine:C->F"));
        Assert.Equal(0.25, report.Value("flip_rate", "creatinine:F->C"));
    }

    [Fact]
    public async Task Every_conversion_is_plausible_when_configured()
    {
        var report = await CheckVerifier<UnitErrorCheck>.RunAsync(Base with { Configuration = Configure.Options("XAI4005", ("all_features_plausible", 1)) });

        Assert.Equal(6, report.Findings.Count(f => f.RuleId == "XAI4005"));
    }

    [Fact]
    public async Task A_model_that_rejects_the_converted_value_is_not_reported()
    {
        var strict = Models.Of(r => r[0] > 20 ? throw new ArgumentOutOfRangeException("creatinine") : 0.1, "creatinine");
        var report = await CheckVerifier<UnitErrorCheck>.VerifyAsync(Base with { Model = strict, ExpectedFindings = [] });

        Assert.Equal(1, report.Value("unit_error_rejected", "creatinine:x88.4"));
        Assert.Equal(0, report.Value("flip_rate", "creatinine:/88.4"));
    }

    [Fact]
    public void Temperature_conversions_invert_each_other()
    {
        var toF = UnitConversion.Common.Single(c => c.Name == "C->F");
        var toC = UnitConversion.Common.Single(c => c.Name == "F->C");

        Assert.Equal(98.6, toF.Apply(37), 12);
        Assert.Equal(37, toC.Apply(toF.Apply(37)), 12);
    }

    [Fact]
    public async Task A_declared_unit_picks_the_conversions_of_the_unit_table()
    {
        // Declared mg/dL: the table gives creatinine mg/dL -> umol/L (x88.4) and any mg/dL -> mg/L (x10). x10 makes the
        // values 8, 10, 12, 20, all >= 1.5: the three negatives flip, 3/4, like x88.4. The common conversions are not run.
        var report = await CheckVerifier<UnitErrorCheck>.VerifyAsync(Base with
        {
            Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["creatinine"] = new(Unit: "mg/dL") },
            ExpectedFindings =
            [
                ExpectedFinding.Of("XAI4005").At("creatinine").WithArguments("creatinine", "mg/dL\u2192\u00B5mol/L", "creatinine sent in \u00B5mol/L where mg/dL is expected", 0.75, 0.5, 0.2),
                ExpectedFinding.Of("XAI4005").At("creatinine").WithArguments("creatinine", "mg/dL\u2192mg/L", "creatinine sent in mg/L where mg/dL is expected", 0.75, 0.5, 0.2),
            ],
        });

        Assert.DoesNotContain(report.Measurements, m => m.Subject == "creatinine:x18");
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
            Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["creatinine"] = new(Unit: "\u00B5mol/L") },
            ExpectedFindings = [ExpectedFinding.Of("XAI4005").At("creatinine").WithArguments("creatinine", "\u00B5mol/L\u2192mg/dL", "creatinine sent in mg/dL where \u00B5mol/L is expected", 0.25, 0.5, 0.2)],
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
    public void A_molar_unit_needs_the_analyte_and_unknown_units_fall_back_to_the_common_list()
    {
        // mg/dL of an unnamed analyte: only the power-of-ten mix-up is known.
        Assert.Equal(["mg/dL->mg/L"], UnitFactor.For("lab_17", "mg/dL").Select(c => c.Name));
        Assert.Equal("umol/l", UnitFactor.Normalise(" \u03BCmol/L "));
        Assert.Equal("degc", UnitFactor.Normalise("\u00B0C"));

        var registration = new Sdk.RegistrationInfo("m", "1", "p", null, null, [])
        {
            Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["sbp"] = new(Unit: "mmHg") },
        };
        var (conversions, declared) = UnitErrorCheck.ConversionsFor(registration, "sbp");
        Assert.False(declared);
        Assert.Same(UnitConversion.Common, conversions);
    }
}
