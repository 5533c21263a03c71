using ExplainableAI.Sdk;

namespace ExplainableAI.Core.Tests;

public sealed class AuditEngineTests
{
    [Fact]
    public async Task Finding_message_is_formatted_with_invariant_culture_and_default_severity()
    {
        var report = await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("XAI6901", finding.RuleId);
        Assert.Equal("Column age has value 1.50", finding.Message);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("age", finding.Location.Column);
        Assert.Equal(new AuditSummary(0, 1, 0, 0, 1, 0, 0), report.Summary);
    }

    [Fact]
    public async Task Severity_by_rule_id_wins_over_family_and_none_drops_the_finding()
    {
        var byFamily = CheckConfiguration.Default with { Severities = new Dictionary<string, Severity> { ["family:DataQuality"] = Severity.Error } };
        var both = CheckConfiguration.Default with { Severities = new Dictionary<string, Severity> { ["family:DataQuality"] = Severity.Error, ["XAI6901"] = Severity.None } };

        var raised = await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(byFamily), CancellationToken.None);
        var dropped = await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(both), CancellationToken.None);

        Assert.Equal(Severity.Error, Assert.Single(raised.Findings).Severity);
        Assert.Empty(dropped.Findings);
        Assert.Equal(Severity.None, dropped.Rules.Single(r => r.Id == "XAI6901").EffectiveSeverity);
    }

    [Fact]
    public async Task Suppressed_finding_carries_its_justification_and_does_not_count()
    {
        var configuration = CheckConfiguration.Default with { Suppressions = [new SuppressionRule("XAI6901", "Age is validated upstream.", Column: "age")] };

        var report = await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(configuration), CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.False(finding.IsActive);
        Assert.Equal("Age is validated upstream.", finding.Suppression!.Justification);
        Assert.Equal("/m/manifest.yaml", finding.Suppression.Source);
        Assert.Equal(new AuditSummary(0, 0, 0, 1, 1, 0, 0), report.Summary);
        Assert.False(AuditGate.Fails(report.Summary, Severity.Warning));
    }

    [Fact]
    public async Task Suppression_for_another_column_does_not_apply()
    {
        var configuration = CheckConfiguration.Default with { Suppressions = [new SuppressionRule("XAI6901", "Other column.", Column: "sex")] };

        var report = await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(configuration), CancellationToken.None);

        Assert.True(Assert.Single(report.Findings).IsActive);
    }

    [Fact]
    public async Task Configured_option_overrides_the_descriptor_default()
    {
        var configuration = CheckConfiguration.Default with
        {
            Options = new Dictionary<string, IReadOnlyDictionary<string, RuleOptionValue>> { ["XAI6901"] = new Dictionary<string, RuleOptionValue> { ["limit"] = 0.75 } },
        };

        var defaults = await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);
        var configured = await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(configuration), CancellationToken.None);

        Assert.Equal(0.25, defaults.Measurements.Single(m => m.Name == "limit_used").Value);
        Assert.Equal(0.75, configured.Measurements.Single(m => m.Name == "limit_used").Value);
        Assert.Equal(0.75, configured.Rules.Single(r => r.Id == "XAI6901").Options.Single().Value);
    }

    [Fact]
    public async Task Check_random_source_is_fixed_by_audit_seed_and_check_name()
    {
        async Task<double> Draw(int seed) => (await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(seed: seed), CancellationToken.None))
            .Measurements.Single(m => m.Name == "random_draw").Value;

        Assert.Equal(await Draw(7), await Draw(7));
        Assert.NotEqual(await Draw(7), await Draw(8));

        // Adding another check must not shift this check's numbers.
        var withOthers = await AuditFixture.Engine(new ThrowingCheck(), new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(seed: 7), CancellationToken.None);
        Assert.Equal(await Draw(7), withOthers.Measurements.Single(m => m.Name == "random_draw").Value);
    }

    [Fact]
    public async Task Throwing_check_becomes_XAI0002_and_the_audit_goes_on()
    {
        var report = await AuditFixture.Engine(new ThrowingCheck(), new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        var hostFinding = Assert.Single(report.Findings, f => f.RuleId == "XAI0002");
        Assert.Equal("Check 'ThrowingCheck' failed: InvalidOperationException: boom", hostFinding.Message);
        Assert.Contains(report.Findings, f => f.RuleId == "XAI6901");
        Assert.Equal(CheckStatus.Failed, report.Checks.Single(c => c.Name == "ThrowingCheck").Status);
        Assert.Equal(1, report.Summary.ChecksFailed);
        Assert.Contains(report.Measurements, m => m.Name == "before_crash");
    }

    [Fact]
    public async Task Check_running_past_its_timeout_becomes_XAI0003_and_its_late_findings_are_dropped()
    {
        var configuration = CheckConfiguration.Default with { CheckTimeout = TimeSpan.FromMilliseconds(200) };

        var report = await AuditFixture.Engine(new HangingCheck(), new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(configuration), CancellationToken.None);

        var timedOut = Assert.Single(report.Findings, f => f.RuleId == "XAI0003");
        Assert.Equal("Check 'HangingCheck' did not finish within 0.2 s", timedOut.Message);
        Assert.Equal(CheckStatus.TimedOut, report.Checks.Single(c => c.Name == "HangingCheck").Status);
        Assert.Contains(report.Findings, f => f.RuleId == "XAI6901");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "XAI6902");
    }

    [Fact]
    public async Task Check_without_its_inputs_is_skipped_with_an_info_finding_naming_them()
    {
        var report = await AuditFixture.Engine(new ModelNeedingCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        var skipped = Assert.Single(report.Findings);
        Assert.Equal("XAI0004", skipped.RuleId);
        Assert.Equal(Severity.Info, skipped.Severity);
        Assert.Equal("Check 'ModelNeedingCheck' was skipped: it needs a model and a label column", skipped.Message);
        Assert.Equal(CheckStatus.Skipped, Assert.Single(report.Checks).Status);
    }

    [Fact]
    public async Task Reporting_a_rule_the_check_does_not_declare_fails_the_check()
    {
        var report = await AuditFixture.Engine(new UndeclaredRuleCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        var failed = Assert.Single(report.Findings);
        Assert.Equal("XAI0002", failed.RuleId);
        Assert.Contains("does not list in Rules", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rules_with_one_id_are_an_error_naming_both_checks()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => PluginLoader.FromInstances([new AlwaysReportsCheck(), new DuplicateIdCheck()]));

        Assert.Contains("XAI6901", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AlwaysReportsCheck", ex.Message, StringComparison.Ordinal);
        Assert.Contains("DuplicateIdCheck", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_column_feeds_shared_predictions_when_there_is_no_model()
    {
        var report = await AuditFixture.Engine(new PredictionsCheck()).RunAsync(AuditFixture.Request(scoreColumn: "score"), CancellationToken.None);

        Assert.Equal(0.5, report.Measurements.Single(m => m.Name == "mean_score").Value, 12);
    }

    [Fact]
    public async Task Configuration_naming_an_unknown_rule_is_a_warning()
    {
        var configuration = CheckConfiguration.Default with { Severities = new Dictionary<string, Severity> { ["XAI9999"] = Severity.Error } };

        var report = await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(configuration), CancellationToken.None);

        var unknown = Assert.Single(report.Findings, f => f.RuleId == "XAI0005");
        Assert.Equal("The configuration sets 'severity' for rule 'XAI9999', which no loaded check declares", unknown.Message);
    }

    [Fact]
    public async Task Cancelled_audit_throws_instead_of_returning_a_partial_report()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(), cancelled.Token));
    }

    [Fact]
    public async Task Dataset_identity_counts_missing_cells()
    {
        var report = await AuditFixture.Engine(new AlwaysReportsCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        Assert.Equal(new DatasetRecord("evaluation", "data.csv", "/data/data.csv", "abc", 4, 2, 1), Assert.Single(report.Datasets));
    }
}
