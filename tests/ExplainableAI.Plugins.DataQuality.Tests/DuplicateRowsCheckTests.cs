using CsCheck;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.DataQuality.Tests;

public sealed class DuplicateRowsCheckTests
{
    private const double NaN = double.NaN;

    // Rows 2 and 3 repeat row 0; row 1 is unique: 2 of 4 = 0.5.
    private static TabularData FourRows() => Table(
        Numeric("age", 50, 61, 50, 50),
        Categorical("sex", "F", "M", "F", "F"));

    [Fact]
    public Task Reports_duplicate_share_above_the_default() =>
        CheckVerifier<DuplicateRowsCheck>.VerifyAsync(new CheckTest
        {
            Data = FourRows(),
            ExpectedFindings = [ExpectedFinding.Of("XAI6003").WithSeverity(Severity.Warning).WithArguments(2, 4, 0.5, 0.01)],
        });

    [Fact]
    public async Task Measures_duplicate_rows_and_share()
    {
        var report = await CheckVerifier<DuplicateRowsCheck>.RunAsync(new CheckTest { Data = FourRows() });

        Assert.Equal(2, report.Value("duplicate_rows"));
        Assert.Equal(0.5, report.Value("duplicate_share"));
    }

    [Fact]
    public async Task Finding_lists_example_rows_and_the_row_each_repeats()
    {
        var report = await CheckVerifier<DuplicateRowsCheck>.RunAsync(new CheckTest { Data = FourRows() });

        var finding = Assert.Single(report.Findings);
        Assert.Equal([2, 3], finding.Location.Rows);
        var table = Assert.Single(finding.Evidence.Tables!);
        Assert.Equal([["2", "0"], ["3", "0"]], table.Rows.Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public async Task Missing_equals_missing_and_negative_zero_equals_zero()
    {
        // Row 1 repeats row 0 (NaN = NaN, -0 = 0); row 2 differs in crp.
        var report = await CheckVerifier<DuplicateRowsCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(
                Numeric("crp", NaN, NaN, 1),
                Numeric("delta", 0.0, -0.0, 0.0),
                Categorical("site", null, null, null)),
            ExpectedFindings = [ExpectedFinding.Of("XAI6003").WithArguments(1, 3, 1.0 / 3, 0.01)],
        });

        Assert.Equal(1, report.Value("duplicate_rows"));
    }

    [Fact]
    public async Task Rows_that_differ_in_one_column_are_not_duplicates()
    {
        var report = await CheckVerifier<DuplicateRowsCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(
                Numeric("age", 50, 50, 50),
                Boolean("smoker", true, false, null)),
        });

        Assert.Equal(0, report.Value("duplicate_share"));
    }

    [Theory]
    [InlineData(1, false)] // 1 of 100 = 0.01, not above 0.01
    [InlineData(2, true)] // 2 of 100 = 0.02
    public Task Default_threshold_is_exclusive(int duplicates, bool reported)
    {
        var ids = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        for (var i = 0; i < duplicates; i++)
        {
            ids[99 - i] = 0;
        }

        return CheckVerifier<DuplicateRowsCheck>.VerifyAsync(new CheckTest
        {
            Data = Table(Numeric("id", ids)),
            ExpectedFindings = reported ? [ExpectedFinding.Of("XAI6003").WithArguments(duplicates, 100, duplicates / 100.0, 0.01)] : [],
        });
    }

    [Theory]
    [InlineData(0.5, false)]
    [InlineData(0.49, true)]
    public Task Configured_threshold_is_exclusive(double maxShare, bool reported) =>
        CheckVerifier<DuplicateRowsCheck>.VerifyAsync(new CheckTest
        {
            Data = FourRows(),
            Configuration = Configure.Option("XAI6003", "max_duplicate_share", maxShare),
            ExpectedFindings = reported ? [ExpectedFinding.Of("XAI6003").WithArguments(2, 4, 0.5, maxShare)] : [],
        });

    [Fact]
    public Task Severity_none_drops_the_finding() =>
        CheckVerifier<DuplicateRowsCheck>.VerifyAsync(new CheckTest
        {
            Data = FourRows(),
            Configuration = Configure.Severity("XAI6003", Severity.None),
        });

    [Fact]
    public Task Suppression_marks_the_finding_suppressed() =>
        CheckVerifier<DuplicateRowsCheck>.VerifyAsync(new CheckTest
        {
            Data = FourRows(),
            Configuration = Configure.Suppress("XAI6003"),
            ExpectedFindings = [ExpectedFinding.Of("XAI6003").AsSuppressed()],
        });

    [Fact]
    public async Task Duplicate_count_matches_brute_force_and_ignores_row_order()
    {
        // Few distinct values per column (NaN among them), so duplicates are common; keys give a random permutation.
        var gen = Gen.Int[0, 3].Select(v => v == 3 ? NaN : v).Array[2].Array[1, 30]
            .SelectMany(rows => Gen.Int.Array[rows.Length].Select(keys => (rows, keys)));
        await gen.SampleAsync(
            async (rows, keys) =>
            {
                var shuffled = rows.Select((row, i) => (row, key: keys[i])).OrderBy(p => p.key).Select(p => p.row).ToArray();
                var original = await CheckVerifier<DuplicateRowsCheck>.RunAsync(new CheckTest { Data = ToTable(rows) });
                var permuted = await CheckVerifier<DuplicateRowsCheck>.RunAsync(new CheckTest { Data = ToTable(shuffled) });
                Assert.Equal(BruteForceDuplicates(rows), original.Value("duplicate_rows"));
                Assert.Equal(original.Value("duplicate_share"), permuted.Value("duplicate_share"));
            },
            iter: 60,
            threads: 1);
    }

    private static TabularData ToTable(double[][] rows) => Table(
        Numeric("a", [.. rows.Select(r => r[0])]),
        Numeric("b", [.. rows.Select(r => r[1])]));

    // O(n²): a row is a duplicate when some earlier row equals it in every column (NaN equal to NaN).
    private static int BruteForceDuplicates(double[][] rows)
    {
        var count = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (rows[i].Zip(rows[j]).All(p => p.First.Equals(p.Second)))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }
}
