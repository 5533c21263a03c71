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
                ExpectedFinding.Of("XAI4005").At("creatinine").WithArguments("creatinine", "x88.4", "creatinine sent in umol/L where mg/dL is expected", 0.75, 0.5, 0.2),
                ExpectedFinding.Of("XAI4005").At("creatinine").WithArguments("creatinine", "/88.4", "creatinine sent in mg/dL where umol/L is expected", 0.25, 0.5, 0.2),
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
}
