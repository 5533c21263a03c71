using ExplainableAI.Sdk;

namespace ExplainableAI.Core.Tests;

/// <summary>With stack traces on (<c>--verbose</c>, the test kit), a failed check's run record keeps its own frames (#15).</summary>
public sealed class PluginStackTraceTests
{
    [Fact]
    public async Task Failed_check_keeps_only_the_frames_of_its_own_assembly()
    {
        var engine = new AuditEngine(PluginLoader.FromInstances([new ThrowingCheck()]), new ToolInfo("xai-test", "1.0")) { IncludeStackTraces = true };

        var report = await engine.RunAsync(AuditFixture.Request(), CancellationToken.None);

        var frames = Assert.Single(report.Checks).StackTrace!.Split('\n');
        Assert.StartsWith("at ExplainableAI.Core.Tests.ThrowingCheck.RunAsync(CheckContext context, CancellationToken cancellationToken) in ", Assert.Single(frames), StringComparison.Ordinal);
        Assert.Contains("TestChecks.cs:line ", frames[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deep_stack_is_cut_after_twenty_frames_with_the_rest_counted()
    {
        var engine = new AuditEngine(PluginLoader.FromInstances([new DeepThrowingCheck()]), new ToolInfo("xai-test", "1.0")) { IncludeStackTraces = true };

        var report = await engine.RunAsync(AuditFixture.Request(), CancellationToken.None);

        // 50 nested calls, RunAsync's frame and the local function's: 52 frames, 20 shown.
        var frames = Assert.Single(report.Checks).StackTrace!.Split('\n');
        Assert.Equal(21, frames.Length);
        Assert.Equal("… (32 more frames)", frames[^1]);
    }

    [Fact]
    public async Task Stack_traces_are_off_by_default()
    {
        var report = await AuditFixture.Engine(new ThrowingCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        Assert.Equal(CheckStatus.Failed, Assert.Single(report.Checks).Status);
        Assert.Null(report.Checks[0].StackTrace);
    }

    [AuditCheck]
    public sealed class DeepThrowingCheck : AuditCheck
    {
        public override IReadOnlyList<RuleDescriptor> Rules => [TestRules.Other];

        public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
        {
            Descend(50);
            return ValueTask.CompletedTask;

            static void Descend(int depth)
            {
                if (depth == 0)
                {
                    throw new InvalidOperationException("bottom");
                }

                Descend(depth - 1);
            }
        }
    }
}
