using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Plugins.Robustness.Tests;

public sealed class SensitiveGroupsTests
{
    [Fact]
    public void Categories_numbers_with_few_values_and_missing_values_form_groups()
    {
        var data = Table(Categorical("sex", "F", "M", null, "F"), Numeric("stage", 1, 2, 2, double.NaN));

        var groups = SensitiveGroups.Of(data, ["sex", "stage", "absent"]);

        Assert.Equal(["sex=F", "sex=M", "sex=(missing)", "stage=1", "stage=2", "stage=(missing)"], groups.Subjects);
        Assert.Equal([[0, 3], [1], [2], [0], [1, 2], [3]], groups.Members);
    }

    [Fact]
    public void A_numeric_attribute_with_many_values_is_cut_at_its_quartiles()
    {
        // Ages 1..20: type-7 quartiles 5.75, 10.5, 15.25, so 5, 5, 5 and 5 rows.
        var groups = SensitiveGroups.Of(Table(Numeric("age", [.. Enumerable.Range(1, 20).Select(i => (double)i)])), ["age"]);

        Assert.Equal(["age=[1,5.75)", "age=[5.75,10.5)", "age=[10.5,15.25)", "age=[15.25,20]"], groups.Subjects);
        Assert.All(groups.Members, m => Assert.Equal(5, m.Length));
    }

    [Fact]
    public void Impact_counts_only_the_perturbed_rows_and_suppresses_small_groups()
    {
        var sex = Enumerable.Repeat("F", 10).Concat(Enumerable.Repeat("M", 10)).ToArray();
        var groups = SensitiveGroups.Of(Table(Categorical("sex", sex)), ["sex"]);
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
