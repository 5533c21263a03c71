using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Performance.Tests;

public sealed class MulticlassCheckTests
{
    [Fact]
    public async Task F1_and_recall_by_hand()
    {
        // Feature x is the predicted class index. Labels a a b b c c, predictions a b b b c a.
        // Confusion: a→a 1, a→b 1; b→b 2; c→c 1, c→a 1. F1 = 2TP/(2TP+FP+FN): a TP 1, FP 1, FN 1 → 2/4;
        // b TP 2, FP 1, FN 0 → 4/5; c TP 1, FP 0, FN 1 → 2/3. Macro (1/2 + 4/5 + 2/3)/3; micro 4/6. Recall a 1/2, b 1, c 1/2.
        var model = new FixedClassModel(["a", "b", "c"]);
        var report = await CheckVerifier<MulticlassCheck>.VerifyAsync(new CheckTest
        {
            Data = TestData.Table(TestData.Numeric("x", 0, 1, 1, 1, 2, 0), TestData.Categorical("dx", "a", "a", "b", "b", "c", "c")),
            Model = model,
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "dx" },
            ExpectedFindings = [ExpectedFinding.Of(PerformanceRuleIds.Multiclass).At("dx").WithArguments(((0.5 + 0.8 + (2.0 / 3)) / 3), 4.0 / 6, 3, 0.5, "a")],
        });
        // The rows counted, no longer in the message, are in the evidence: all 6 rows have a known class.
        Assert.Contains(new EvidenceMetric("n", 6), Assert.Single(report.Findings).Evidence.Metrics!);
        Assert.Equal((0.5 + 0.8 + (2.0 / 3)) / 3, report.Value("macro_f1"), 15);
        Assert.Equal(4.0 / 6, report.Value("micro_f1"), 15);
        Assert.Equal(1, report.Value("recall", "class=b"));
        Assert.Equal(Wilson.Proportion(1, 2).Lower, report.Get("recall", "class=c").Lower);
    }

    [Fact]
    public async Task Declared_minima_raise_findings()
    {
        // Same case: macro F1 0.656, micro F1 0.667; recall a 1/2, b 1, c 1/2 (2 rows each).
        var macro = (0.5 + 0.8 + (2.0 / 3)) / 3;
        var a = Wilson.Proportion(1, 2);
        var b = Wilson.Proportion(2, 2);
        var c = Wilson.Proportion(1, 2);
        var test = new CheckTest
        {
            Data = TestData.Table(TestData.Numeric("x", 0, 1, 1, 1, 2, 0), TestData.Categorical("dx", "a", "a", "b", "b", "c", "c")),
            Model = new FixedClassModel(["a", "b", "c"]),
            Registration = CheckTest.DefaultRegistration with { LabelColumn = "dx" },
            Configuration = Configure.Options(
                (PerformanceRuleIds.MulticlassF1BelowMinimum, "min_macro_f1", 0.7),
                (PerformanceRuleIds.MulticlassF1BelowMinimum, "min_micro_f1", 0.6),
                (PerformanceRuleIds.ClassRecallBelowMinimum, "min_class_recall", 0.3)),
            ExpectedFindings =
            [
                ExpectedFinding.Of(PerformanceRuleIds.Multiclass).At("dx"),
                // Macro 0.656 < 0.7 fails; micro 0.667 ≥ 0.6 passes.
                ExpectedFinding.Of(PerformanceRuleIds.MulticlassF1BelowMinimum).At("dx").WithArguments("Macro F1", macro, 3, "dx", 0.7),
                // Two rows per class: every Wilson lower bound (1 of 2: 0.095; 2 of 2: 0.342) … a and c are below 0.3, b is not.
                ExpectedFinding.Of(PerformanceRuleIds.ClassRecallBelowMinimum).At("dx").InGroup("class=a")
                    .WithArguments("a", 0.3, "95% lower bound", a.Lower),
                ExpectedFinding.Of(PerformanceRuleIds.ClassRecallBelowMinimum).At("dx").InGroup("class=c")
                    .WithArguments("c", 0.3, "95% lower bound", c.Lower),
            ],
        };
        Assert.True(b.Lower > 0.3);
        var report = await CheckVerifier<MulticlassCheck>.VerifyAsync(test);
        // The estimate, its interval and the class's rows, no longer in the message, are in the evidence.
        var recallA = Assert.Single(report.Findings, f => f.Location.Group == "class=a");
        Assert.Equal([new EvidenceMetric("recall", 0.5, a.Lower, a.Upper, 0.3), new EvidenceMetric("n", 2)], recallA.Evidence.Metrics!);
    }

    /// <summary>A multiclass model whose only feature is the index of the class it is sure of.</summary>
    internal sealed class FixedClassModel(IReadOnlyList<string> classes) : IAuditModel
    {
        public string Format => "fixed";

        public ModelTask Task => ModelTask.MulticlassClassification;

        public IReadOnlyList<ModelFeature> Features { get; } = [new("x", ColumnKind.Numeric)];

        public IReadOnlyList<string> Classes => classes;

        public bool HasMargin => false;

        public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken)
        {
            var values = new double[input.RowCount * classes.Count];
            for (var r = 0; r < input.RowCount; r++)
            {
                values[(r * classes.Count) + (int)input.Row(r)[0]] = 1;
            }

            return new Predictions(ModelTask.MulticlassClassification, input.RowCount, [.. classes.Select(c => "probability_" + c)], values);
        }
    }
}
