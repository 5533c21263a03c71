using ExplainableAI.Reporting.Charts;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Tests.Charts;

/// <summary>Charts of every kind with the longest names a report meets, in English and in Japanese.</summary>
internal static class LongNames
{
    public static ChartLabels Labels(string language) => language == "ja"
        ? new ChartLabels("特徴量の値", "低", "高", "基準値", "出力", "参照値") { Missing = "欠測", IntervalCollapsed = "区間の幅が0" }
        : ChartLabels.English;

    public static ChartSpec Chart(ChartKind kind, string language)
    {
        var ja = language == "ja";
        string[] features = ja
            ? ["抗菌薬投与（入院前24時間以内）", "乳酸値（mmol/L）", "年齢", "血清クレアチニン（mg/dL）の最大値、入院後最初の48時間", "sex=F&age=>=65"]
            : ["antibiotics_ordered_within_the_last_24_hours_before_admission", "lactate", "age", "sex=F&age=>=65&site=Site B&insurance=public", "creatinine_max_48h"];
        var title = ja
            ? "グループ別の真陽性率（95%信頼区間、破線は全行）：性別と年齢帯の組み合わせごとに、判定閾値0.5でのモデルの感度を比較する"
            : "True positive rate by group of 'sex&age' (95% CI; dashed: all rows), comparing the model's sensitivity at the decision threshold across every combination";
        var subtitle = ja
            ? "n = 4,812行。各群の区間はWilson法による。群の行数が少ないと区間は広くなり、陽性が0件の群では区間の幅が0になる。"
            : "n = 4,812 rows; Wilson intervals per group. Small groups have wide intervals, and a group without positives has an interval of no width.";
        var xLabel = ja ? "SHAP値（対数オッズ、正の値はリスクを上げる方向）" : "SHAP value (log-odds; positive values push the score towards sepsis)";
        var yLabel = ja ? "特徴量（平均絶対SHAP値の大きい順）" : "Feature (ordered by mean absolute SHAP value)";
        var colorLabel = ja ? "体温（℃、入院時の最高値）" : "temperature_max_first_24_hours";
        string[] series = ja ? ["参照データ（学習時）", "現在のデータ（監査対象）", "較正後のモデル"] : ["Reference (training data)", "Current (audited data)", "Recalibrated model"];

        return (kind switch
        {
            ChartKind.Bar => new ChartSpec(kind, title, xLabel, yLabel,
                [new ChartSeries(series[0], [], [0.28, 0.4, 0.31, 0.2, 0.5]) { Lower = [0.26, 0.37, 0.3, 0.18, 0.45], Upper = [0.3, 0.43, 0.33, 0.22, 0.55] }, new ChartSeries(series[1], [], [0.3, 0.38, 0.35, 0.25, 0.45])],
                features),
            ChartKind.Line or ChartKind.Step => new ChartSpec(kind, title, xLabel, yLabel,
                [new ChartSeries(series[0], [0, 0.25, 0.5, 0.75, 1], [0, 0.3, 0.55, 0.8, 1]), new ChartSeries(series[1], [0, 0.25, 0.5, 0.75, 1], [0, 0.2, 0.5, 0.7, 1]), new ChartSeries(series[2], [0, 0.5, 1], [0, 0.45, 1])]),
            ChartKind.Scatter => new ChartSpec(kind, title, xLabel, yLabel,
                [new ChartSeries(series[0], [.. Enumerable.Range(0, 80).Select(i => i * 12.5)], [.. Enumerable.Range(0, 80).Select(i => -2 + ((i * 7 % 80) / 20.0))]) { Color = [.. Enumerable.Range(0, 80).Select(i => i % 9 == 0 ? double.NaN : i / 79.0)] }])
            { ColorLabel = colorLabel },
            ChartKind.DotWhisker => new ChartSpec(kind, title, xLabel, yLabel,
                [new ChartSeries(series[0], [], [0.84, 0.79, 0.71, 0.5, -0.02]) { Lower = [0.81, 0.75, 0.64, 0.5, -0.034], Upper = [0.87, 0.83, 0.78, 0.5, -0.01] }, new ChartSeries(series[1], [], [0.8, 0.7, 0.75, 0.6, 0.01])],
                features)
            { ReferenceValue = 0.8 },
            ChartKind.Beeswarm => new ChartSpec(kind, title, xLabel, yLabel,
                [new ChartSeries("rows", [.. Enumerable.Range(0, 250).Select(i => (((i * 37) % 50) / 49.0 - 0.4) * 30)], [.. Enumerable.Range(0, 250).Select(i => (double)(i % 5))])
                    { Color = [.. Enumerable.Range(0, 250).Select(i => i % 11 == 0 ? double.NaN : ((i * 37) % 50) / 49.0)] }],
                features)
            { ColorLabel = colorLabel },
            ChartKind.Waterfall => new ChartSpec(kind, title, xLabel, yLabel, [new ChartSeries("SHAP", [], [12.5, -3.25, 0.5, -21.75, 40.125])], features)
            { ReferenceValue = -15.63 },
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        }) with
        { Subtitle = subtitle };
    }
}
