using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// A finding whose evidence holds one chart of every kind, with error bars, for the browser to draw, and a wide table
/// with an unbreakable 160-character cell (a long group key), which must wrap instead of widening the page.
/// </summary>
internal static class ChartGallery
{
    public const string Message = "Chart gallery: one chart of every kind";

    public static readonly string WideGroup = string.Concat(Enumerable.Repeat("sex=F&age_band=>=65&site=B&", 6));

    public static Finding Finding()
    {
        var shapX = new List<double>();
        var shapRow = new List<double>();
        var shapColor = new List<double>();
        for (var i = 0; i < 60; i++)
        {
            // A fixed pattern, not random: the same gallery every run.
            var value = ((i * 37) % 60) / 59.0;
            shapX.Add((value - 0.4) * 0.8);
            shapRow.Add(i % 3);
            shapColor.Add(i % 11 == 0 ? double.NaN : value);
        }

        string[] columns = ["group", "n", "positives", "selection_rate", "TPR", "FPR", "FNR", "precision", "disparate_impact", "AUROC", "Brier", "ECE", "AUPRC", "NPV"];
        var wide = new EvidenceTable("Rates by group", columns,
            [[WideGroup, .. Enumerable.Range(0, columns.Length - 1).Select(i => "0.123456 (0.100000 – 0.150000)")]]);
        return new Finding("XAI1001", CheckFamily.Attribution, Severity.Info, Message, new FindingLocation(Group: WideGroup),
            new Evidence(Tables: [wide], Charts:
            [
                new ChartSpec(ChartKind.Bar, "Selection rate by sex", "Group", "Rate",
                    [new ChartSeries("Selection rate", [], [0.28, 0.4]) { Lower = [0.26, 0.37], Upper = [0.3, 0.43] }], ["sex=F", "sex=M"]),
                new ChartSpec(ChartKind.Line, "Reliability", "Predicted", "Observed",
                    [new ChartSeries("Model", [0.1, 0.3, 0.5, 0.7, 0.9], [0.08, 0.27, 0.52, 0.66, 0.85]) { Lower = [0.05, 0.22, 0.46, 0.6, 0.8], Upper = [0.11, 0.32, 0.58, 0.72, 0.9] }]),
                new ChartSpec(ChartKind.Scatter, "Score against lactate", "Lactate (mmol/L)", "Score",
                    [new ChartSeries("Rows", [0.8, 1.5, 2.2, 3.1, 4.4], [0.1, 0.2, 0.35, 0.5, 0.8]) { Lower = [0.05, 0.15, 0.3, 0.42, 0.7], Upper = [0.15, 0.25, 0.4, 0.58, 0.9], Color = [0, 0.25, double.NaN, 0.75, 1] }])
                    { Subtitle = "Colour: temperature of the same row (grey: missing)", ColorLabel = "temperature" },
                new ChartSpec(ChartKind.DotWhisker, "AUROC by site (95% CI); a site with one class has an interval of no width", "AUROC", "Site",
                    [new ChartSeries("AUROC", [], [0.84, 0.79, 0.71, 0.5]) { Lower = [0.81, 0.75, 0.64, 0.5], Upper = [0.87, 0.83, 0.78, 0.5] }],
                    ["Site A", "Site B", "Site C", "sex=F&age_band=>=65&site=Site D&insurance=public&admission=emergency"])
                    { ReferenceValue = 0.8 },
                new ChartSpec(ChartKind.Beeswarm, "SHAP values", "SHAP value (log-odds)", "Feature",
                    [new ChartSeries("rows", shapX, shapRow) { Color = shapColor }], ["lactate", "age", "antibiotics_ordered_within_the_last_24_hours_before_admission"])
                    { Subtitle = "60 rows; colour: the feature's own value, low to high", ColorLabel = "Feature value" },
                new ChartSpec(ChartKind.Waterfall, "Why row 17 scored 0.71", "Score (log-odds)", "Feature",
                    [new ChartSeries("SHAP", [], [0.62, 0.25, -0.18, 0.05])], ["lactate = 4.1", "age = 77", "creatinine = 0.9", "3 other features"])
                    { ReferenceValue = 0.16 },
                new ChartSpec(ChartKind.Step, "Cumulative distribution of creatinine", "Creatinine (mg/dL)", "Share of rows",
                    [new ChartSeries("Reference", [0.5, 0.8, 1.1, 1.4, 2.0], [0.1, 0.4, 0.7, 0.9, 1]), new ChartSeries("Current", [0.5, 0.8, 1.1, 1.4, 2.0], [0.05, 0.2, 0.45, 0.75, 1])]),
            ]),
            "ChartGallery");
    }
}
