using System.Text.Json;
using System.Text.Json.Serialization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness.Tests;

/// <summary>No table or chart is repeated across the findings of a check: each finding carries what is its own.</summary>
public sealed class SaidOnceTests
{
    // Missing intervals are NaN.
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    [Fact]
    public async Task No_table_or_chart_is_shown_twice()
    {
        var reports = await Scenario.ReportsAsync();
        var shown = reports.SelectMany(r => r.Findings).SelectMany(f => (f.Evidence.Tables ?? []).Select(t => JsonSerializer.Serialize(t, Json)).Concat((f.Evidence.Charts ?? []).Select(c => JsonSerializer.Serialize(c, Json)))).ToList();

        Assert.True(reports.SelectMany(r => r.Findings).Count(f => f.RuleId == "XAI4004") >= 2, "the scenario reports several missing features");
        Assert.Equal(shown.Count, shown.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Rates_and_auroc_are_drawn_on_separate_panels_with_worded_axes()
    {
        var reports = await Scenario.ReportsAsync();
        var charts = reports.SelectMany(r => r.Findings).SelectMany(f => f.Evidence.Charts ?? []).ToList();

        Assert.All(charts, c => Assert.Single(c.Series));
        Assert.All(charts, c => Assert.DoesNotContain("_", c.XLabel + c.YLabel + c.Title, StringComparison.Ordinal));
        var noise = charts.Single(c => c.Title == "AUROC drop under measurement noise");
        Assert.Equal(0, noise.ReferenceValue);
        Assert.All(noise.Series[0].Lower!, l => Assert.True(double.IsFinite(l)));
        Assert.StartsWith("AUROC without perturbation 0.", noise.Subtitle, StringComparison.Ordinal);
    }
}
