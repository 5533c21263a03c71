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
}
