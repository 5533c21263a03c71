using ExplainableAI.Sdk;

namespace ExplainableAI.Core.Tests;

internal static class TestRules
{
    public static readonly RuleDescriptor Always = new("XAI6901", "Always reports", "Column {0} has value {1:0.00}", CheckFamily.DataQuality, Severity.Warning, "Test rule.",
        Requirements: ["EU-AIA-ART10"], Options: [new RuleOption("limit", 0.25, "A limit.")]);

    public static readonly RuleDescriptor Other = new("XAI6902", "Other", "Other {0}", CheckFamily.DataQuality, Severity.Info, "Test rule.");

    // Six arguments, one repeated: the conventions count distinct ones.
    public static readonly RuleDescriptor Wordy = new("XAI6903", "Wordy", "{0} {1} {2} {3} {4} {5} {0}", CheckFamily.DataQuality, Severity.Info, "Test rule.",
        Requirements: ["GMLP-P1"]);
}

[AuditCheck]
public sealed class AlwaysReportsCheck : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Always];

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        context.Measure("limit_used", context.Option(TestRules.Always, "limit"));
        context.Measure("random_draw", context.Random.NextDouble());
        context.Report(TestRules.Always, FindingLocation.ForColumn("age"), Evidence.Of(new EvidenceMetric("value", 1.5, Threshold: 1)), "age", 1.5);
        return ValueTask.CompletedTask;
    }
}

[AuditCheck]
public sealed class ThrowingCheck : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Other];

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        context.Measure("before_crash", 1);
        throw new InvalidOperationException("boom");
    }
}

[AuditCheck]
public sealed class HangingCheck : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Other];

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        // Ignores its token on purpose: the engine must still move on after the timeout.
        Thread.Sleep(TimeSpan.FromSeconds(1.5));
        context.Report(TestRules.Other, FindingLocation.Dataset, Evidence.None, "late");
        return ValueTask.CompletedTask;
    }
}

[AuditCheck]
public sealed class ModelNeedingCheck : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Other];

    public override CheckInputs RequiredInputs => CheckInputs.Model | CheckInputs.Label;

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

[AuditCheck]
public sealed class UndeclaredRuleCheck : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Other];

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        context.Report(TestRules.Always, FindingLocation.Dataset, Evidence.None, "x", 1);
        return ValueTask.CompletedTask;
    }
}

[AuditCheck]
public sealed class DuplicateIdCheck : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules =>
        [new RuleDescriptor("XAI6901", "Clash", "Clash", CheckFamily.DataQuality, Severity.Info, "Clashes with AlwaysReportsCheck.")];

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

[AuditCheck]
public sealed class PredictionsCheck : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Other];

    public override CheckInputs RequiredInputs => CheckInputs.Scores;

    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var predictions = await context.GetPredictionsAsync(cancellationToken);
        context.Measure("mean_score", Enumerable.Range(0, predictions.RowCount).Average(predictions.Score));
    }
}

[AuditCheck]
public sealed class WordyMessageCheck : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Wordy];

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
