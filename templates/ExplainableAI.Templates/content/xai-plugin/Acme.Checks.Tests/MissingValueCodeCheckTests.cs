using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace Acme.Checks.Tests;

/// <summary>The check run through the real engine, with the exact findings it must report: no more, no fewer.</summary>
public sealed class MissingValueCodeCheckTests
{
    [Fact]
    public Task Reports_each_numeric_column_holding_a_missing_value_code() =>
        CheckVerifier<MissingValueCodeCheck>.VerifyAsync(new CheckTest
        {
            Data = TestData.Table(
                TestData.Numeric("lactate", 1.2, -999, 3.4, -999, 2.0),
                TestData.Numeric("creatinine", -99, 0.9, 1.1, -9999, 1.0),
                TestData.Numeric("age", 54, 61, 47, 70, 66)),
            ExpectedFindings =
            [
                ExpectedFinding.Of("ACME1001").At("lactate").WithSeverity(Severity.Warning).WithArguments("lactate", "-999", 2, 5),
                ExpectedFinding.Of("ACME1001").At("creatinine").WithArguments("creatinine", "-9999, -99", 2, 5),
            ],
        });

    [Fact]
    public Task Reports_nothing_when_no_value_is_a_code() =>
        CheckVerifier<MissingValueCodeCheck>.VerifyAsync(new CheckTest
        {
            // -998 and -100 are near the codes but are not codes; a missing value is already missing.
            Data = TestData.Table(TestData.Numeric("temperature", 36.6, -998, -100, double.NaN)),
            ExpectedFindings = [],
        });

    [Fact]
    public Task Skips_data_without_a_numeric_column() =>
        CheckVerifier<MissingValueCodeCheck>.VerifyAsync(new CheckTest
        {
            Data = TestData.Table(TestData.Categorical("sex", "F", "M", "F")),
            ExpectedFindings = [ExpectedFinding.Of("XAI0004")],
        });

    [Fact]
    public void Rules_follow_the_conventions() =>
        RuleConventions.Verify(typeof(MissingValueCodeCheck).Assembly, CheckFamily.DataQuality, ["ACME1001"], "EU-AIA-", "JP-BIZ-");
}
