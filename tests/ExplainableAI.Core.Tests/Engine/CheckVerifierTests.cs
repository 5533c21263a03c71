using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Core.Tests;

/// <summary>The test kit's verifier: its failure says what its author needs next.</summary>
public sealed class CheckVerifierTests
{
    [Fact]
    public async Task Failure_of_a_check_that_throws_shows_the_exception_and_the_checks_own_frames()
    {
        var ex = await Assert.ThrowsAsync<CheckVerificationException>(() =>
            CheckVerifier<ThrowingCheck>.VerifyAsync(new CheckTest { Data = TestData.Table(TestData.Numeric("age", 30, 40)) }));

        Assert.Contains("Reported but not expected:\n  XAI0002 ", ex.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(
            "ThrowingCheck threw:\n  InvalidOperationException: boom\n    at ExplainableAI.Core.Tests.ThrowingCheck.RunAsync(CheckContext context, CancellationToken cancellationToken) in ",
            ex.Message.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
        Assert.DoesNotContain("ExplainableAI.Core.AuditEngine", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_test_registration_is_what_the_check_sees_and_what_the_report_records()
    {
        var registration = CheckTest.DefaultRegistration with
        {
            ModelId = "sepsis",
            LabelColumn = "y",
            SensitiveAttributes = ["sex", "site"],
            Threshold = 0.25,
            Features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal) { ["age"] = new(Unit: "years") },
        };

        var report = await CheckVerifier<RegistrationFactsCheck>.RunAsync(new CheckTest { Data = TestData.Table(TestData.Numeric("age", 30, 40)), Registration = registration });

        // RegistrationFactsCheck measures what its context's registration says: 0.25, 2 attributes, and the unit of age.
        Assert.Equal([("threshold", 0.25, null), ("sensitive_attributes", 2, null), ("declared_unit", 1, "age")], report.Measurements.Select(m => (m.Name, m.Value, m.Subject)));
        Assert.Same(registration, report.Registration.Declared);
        Assert.Null(report.Registration.ManifestPath);
    }

    [Fact]
    public async Task A_test_without_a_registration_declares_nothing()
    {
        var report = await CheckVerifier<RegistrationFactsCheck>.RunAsync(new CheckTest { Data = TestData.Table(TestData.Numeric("age", 30, 40)) });

        Assert.Equal([("threshold", 0.5, null), ("sensitive_attributes", 0, null)], report.Measurements.Select(m => (m.Name, m.Value, m.Subject)));
        Assert.Equal(("model-under-test", null, null), (report.Registration.Declared.ModelId, report.Registration.Declared.LabelColumn, report.Registration.Declared.PositiveClass));
    }

    /// <summary>Measures facts of the registration its context gives it, so a test can see which registration that was.</summary>
    private sealed class RegistrationFactsCheck : AuditCheck
    {
        public override IReadOnlyList<RuleDescriptor> Rules => [];

        public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
        {
            context.Measure("threshold", context.Registration.Threshold);
            context.Measure("sensitive_attributes", context.Registration.SensitiveAttributes.Count);
            foreach (var column in context.Evaluation.Columns.Where(c => context.Registration.FactsFor(c.Name).Unit is not null))
            {
                context.Measure("declared_unit", 1, subject: column.Name);
            }

            return ValueTask.CompletedTask;
        }
    }
}
