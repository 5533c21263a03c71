using ExplainableAI.Testing;
using ExplainableAI.Tests.Shared;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class SensitiveGroupsTests
{
    [Fact]
    public void Categories_numbers_with_few_values_and_missing_values_form_groups()
    {
        var data = Table(Categorical("sex", "F", "M", null, "F"), Numeric("stage", 1, 2, 2, double.NaN));

        var groups = SensitiveGroups.Of(Cohorts.Of(data));

        Assert.Equal(["sex=F", "sex=M", "sex=(missing)", "stage=1", "stage=2", "stage=(missing)"], groups.Subjects);
        Assert.Equal([[0, 3], [1], [2], [0], [1, 2], [3]], groups.Members);
    }

    [Fact]
    public void A_numeric_attribute_with_many_values_is_grouped_in_the_audit_bands_and_empty_bands_are_left_out()
    {
        // Ages 30..49 (20 values): the default bands <40 (30..39, 10 rows) and [40,65) (40..49, 10 rows); >=65 is empty.
        var groups = SensitiveGroups.Of(Cohorts.Of(Table(Numeric("age", [.. Enumerable.Range(30, 20).Select(i => (double)i)]))));

        Assert.Equal(["age=<40", "age=[40,65)"], groups.Subjects);
        Assert.Equal([[.. Enumerable.Range(0, 10)], [.. Enumerable.Range(10, 10)]], groups.Members);
    }

    [Fact]
    public void A_sample_of_rows_keeps_the_groups_of_all_the_data()
    {
        // Rows 8..11 of ages 30..49 are ages 38..41: positions 0 and 1 in <40, 2 and 3 in [40,65).
        var groups = SensitiveGroups.Of(Cohorts.Of(Table(Numeric("age", [.. Enumerable.Range(30, 20).Select(i => (double)i)]))), [8, 9, 10, 11]);

        Assert.Equal(["age=<40", "age=[40,65)"], groups.Subjects);
        Assert.Equal([[0, 1], [2, 3]], groups.Members);
    }

    [Fact]
    public void Impact_counts_only_the_perturbed_rows_and_suppresses_small_groups()
    {
        var sex = Enumerable.Repeat("F", 10).Concat(Enumerable.Repeat("M", 10)).ToArray();
        var groups = SensitiveGroups.Of(Cohorts.Of(Table(Categorical("sex", sex))));
        int[] rows = [.. Enumerable.Range(0, 19)];
        bool[] flipped = [.. rows.Select(r => r % 2 == 0)];
        double[] change = [.. rows.Select(r => r % 2 == 0 ? 0.5 : double.NaN)];

        var impact = groups.Impact(rows, flipped, change);

        // F: rows 0..9, five even: flip rate 0.5, mean |change| over the five comparable rows 0.5. M: 9 rows perturbed.
        Assert.Equal(new GroupImpact("sex=F", 10, 0.5, 0.5), impact[0]);
        Assert.True(impact[1].Suppressed);
        Assert.True(double.IsNaN(impact[1].FlipRate));
    }
}
