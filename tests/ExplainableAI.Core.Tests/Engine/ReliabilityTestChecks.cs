using ExplainableAI.Sdk;

namespace ExplainableAI.Core.Tests;

public sealed class OutOfMemoryCheck : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Other];

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        context.Measure("before_crash", 1);

        // A real allocation failure, not a thrown stand-in: the array is longer than the runtime allows.
        _ = new long[int.MaxValue];
        return ValueTask.CompletedTask;
    }
}

public sealed class StackGuardCheck : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Other];

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        Deep(0);
        return ValueTask.CompletedTask;

        static int Deep(int depth)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            return Deep(depth + 1) + 1;
        }
    }
}

public sealed class SilentCheck : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Other];

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

public sealed class SkippingCheck : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Other];

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        context.Skip("label column 'grade' has 3 classes; this check needs 2");
        context.Skip("a second reason is not recorded");
        return ValueTask.CompletedTask;
    }
}

/// <summary>Reports a value from the data in every place a check can put one.</summary>
public sealed class UntrustedValueCheck(string value) : AuditCheck
{
    public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Other];

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        context.Measure("group_rate", 0.5, subject: "site=" + value);
        var evidence = new Evidence(
            Tables: [new EvidenceTable("Groups", ["Group"], [[value]])],
            Charts: [new ChartSpec(ChartKind.Bar, "Rates", "Group", "Rate", [new ChartSeries(value, [0], [1])], [value])]);
        context.Report(TestRules.Other, new FindingLocation(Column: value, Group: "site=" + value), evidence, value);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Never called: its IL is what the plugin loader must refuse.</summary>
public static class ProcessEndingCode
{
    // The switch comes first: its operand has a variable length, and the scanner must step over it to see the call.
    public static void EndTheProcess(int code)
    {
        switch (code)
        {
            case 0: Console.WriteLine("zero"); break;
            case 1: Console.WriteLine("one"); break;
            case 2: Console.WriteLine("two"); break;
            case 3: Console.WriteLine("three"); break;
        }

        Environment.Exit(code);
    }
}
