using ExplainableAI.Sdk;

namespace ExplainableAI.Core.Tests;

/// <summary>A check that crashes, stays silent, skips or passes hostile values still leaves a report that says so (#12).</summary>
public sealed class CheckReliabilityTests
{
    [Fact]
    public async Task Out_of_memory_in_a_check_becomes_XAI0002_and_the_audit_goes_on()
    {
        var report = await AuditFixture.Engine(new OutOfMemoryCheck(), new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        var failed = Assert.Single(report.Findings, f => f.RuleId == "XAI0002");
        Assert.StartsWith("Check 'OutOfMemoryCheck' failed: OutOfMemoryException: ", failed.Message, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Failed, report.Checks.Single(c => c.Name == "OutOfMemoryCheck").Status);
        Assert.Contains(report.Findings, f => f.RuleId == "XAI6901");
    }

    [Fact]
    public async Task Exhausted_stack_guard_in_a_check_becomes_XAI0002()
    {
        var report = await AuditFixture.Engine(new StackGuardCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        var failed = Assert.Single(report.Findings);
        Assert.Equal("XAI0002", failed.RuleId);
        Assert.StartsWith("Check 'StackGuardCheck' failed: InsufficientExecutionStackException: ", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_that_publishes_nothing_is_reported_as_XAI0006()
    {
        var report = await AuditFixture.Engine(new SilentCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        var silent = Assert.Single(report.Findings);
        Assert.Equal("XAI0006", silent.RuleId);
        Assert.Equal(Severity.Warning, silent.Severity);
        Assert.Equal("Check 'SilentCheck' completed without a finding, a measurement or a reason to skip", silent.Message);
        var run = Assert.Single(report.Checks);
        Assert.Equal(CheckStatus.Completed, run.Status);
        Assert.Equal("reported nothing", run.Message);
    }

    [Fact]
    public async Task Check_whose_only_rule_is_switched_off_is_not_called_silent()
    {
        var off = CheckConfiguration.Default with { Severities = new Dictionary<string, Severity> { ["XAI6901"] = Severity.None } };

        var report = await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(off), CancellationToken.None);

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "XAI0006");
    }

    [Fact]
    public async Task Check_that_skips_is_recorded_as_skipped_with_its_first_reason()
    {
        var report = await AuditFixture.Engine(new SkippingCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        var skipped = Assert.Single(report.Findings);
        Assert.Equal("XAI0004", skipped.RuleId);
        Assert.Equal(Severity.Info, skipped.Severity);
        Assert.Equal("Check 'SkippingCheck' was skipped: label column 'grade' has 3 classes; this check needs 2", skipped.Message);
        var run = Assert.Single(report.Checks);
        Assert.Equal(CheckStatus.Skipped, run.Status);
        Assert.Equal("label column 'grade' has 3 classes; this check needs 2", run.Message);
        Assert.Equal(1, report.Summary.ChecksSkipped);
    }

    [Fact]
    public async Task Bidirectional_override_from_the_data_is_shown_everywhere_a_check_puts_it()
    {
        var report = await AuditFixture.Engine(new UntrustedValueCheck("A\u202Ecba")).RunAsync(AuditFixture.Request(), CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("Other A<U+202E>cba", finding.Message);
        Assert.Equal("A<U+202E>cba", finding.Location.Column);
        Assert.Equal("site=A<U+202E>cba", finding.Location.Group);
        Assert.Equal("A<U+202E>cba", finding.Evidence.Tables![0].Rows[0][0]);
        Assert.Equal("A<U+202E>cba", finding.Evidence.Charts![0].Categories![0]);
        Assert.Equal("A<U+202E>cba", finding.Evidence.Charts![0].Series[0].Name);
        Assert.Equal("site=A<U+202E>cba", Assert.Single(report.Measurements).Subject);
    }

    [Fact]
    public async Task Huge_value_from_the_data_is_cut_once_with_its_length()
    {
        var huge = new string('v', 2_097_152);

        var report = await AuditFixture.Engine(new UntrustedValueCheck(huge)).RunAsync(AuditFixture.Request(), CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        var cut = new string('v', 200) + "… (2,097,152 characters)";
        Assert.Equal("Other " + cut, finding.Message);
        Assert.Equal(cut, finding.Location.Column);
        Assert.Equal(cut, finding.Evidence.Tables![0].Rows[0][0]);
        Assert.Equal(cut, finding.Evidence.Charts![0].Categories![0]);
    }

    [Fact]
    public void Plugin_that_calls_Environment_Exit_is_refused_before_it_loads_naming_the_method()
    {
        // This test assembly references the SDK, so it is a plugin candidate, and ProcessEndingCode calls Environment.Exit.
        var folder = Directory.CreateTempSubdirectory("xai-exit-plugin-").FullName;
        try
        {
            var assembly = typeof(ProcessEndingCode).Assembly.Location;
            File.Copy(assembly, Path.Combine(folder, Path.GetFileName(assembly)));

            var plugins = new PluginLoader().Load([folder]);

            var refused = Assert.Single(plugins.Failures);
            Assert.Equal("it calls System.Environment.Exit in ExplainableAI.Core.Tests.ProcessEndingCode.EndTheProcess, which would end the audit without a report", refused.Error);
            Assert.Empty(plugins.Checks);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
