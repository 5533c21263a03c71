using ExplainableAI.Testing;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class ProxyStrengthTests
{
    [Fact]
    public void Numeric_feature_auroc_is_folded_and_maximised_over_groups()
    {
        // Group A scores 1, 2, 4 against 3, 5, 6: only 4 > 3 wins, so AUROC = 1/9, folded 8/9; group B mirrors it (8/9) and the
        // first group with the largest value is named.
        var strength = ProxyStrength.Measure(TestData.Numeric("x", 1, 2, 3, 4, 5, 6), false, Cohorts.Of(TestData.Categorical("g", "A", "A", "B", "A", "B", "B")), 1);

        Assert.Equal(8.0 / 9, strength!.Auroc, 12);
        Assert.Equal("g=A", strength.Group);
    }

    [Fact]
    public void Categorical_feature_scores_rows_by_the_group_share_of_their_level()
    {
        // Share of M per level: a 1, b 0.5, c 0 → scores 1, 1, 0.5 (M) against 0.5, 0, 0: wins 3 + 3 + (0.5 + 2) = 8.5 of 9.
        var strength = ProxyStrength.Measure(TestData.Categorical("x", "a", "a", "b", "b", "c", "c"), true, Cohorts.Of(TestData.Categorical("sex", "M", "M", "M", "F", "F", "F")), 1);

        Assert.Equal(8.5 / 9, strength!.Auroc, 12);
    }

    [Fact]
    public void Numeric_attribute_with_many_values_is_grouped_in_the_audit_bands_and_small_groups_are_skipped()
    {
        // Ages 34..45 (12 values) with x = age: bands <40 (34..39, 6 rows) and [40,65) (40..45, 6 rows); >=65 has no row.
        // x separates each band from the rest perfectly (AUROC 0 for <40, folded 1; 1 for [40,65)): the first is named.
        var age = Cohorts.Of(TestData.Numeric("age", [.. Enumerable.Range(34, 12).Select(i => (double)i)]));
        var x = TestData.Numeric("x", [.. Enumerable.Range(34, 12).Select(i => (double)i)]);

        var strength = ProxyStrength.Measure(x, false, age, 6);

        Assert.Equal(1.0, strength!.Auroc);
        Assert.Equal("age=<40", strength.Group);
        Assert.Equal([new ProxyGroup("age=<40", 6, 1), new ProxyGroup("age=[40,65)", 6, 1), new ProxyGroup("age=>=65", 0, double.NaN)], strength.Groups);
        Assert.Null(ProxyStrength.Measure(x, false, age, 7));
    }

    [Fact]
    public void Rows_missing_the_attribute_are_left_out_and_the_missing_group_is_no_candidate()
    {
        // sex F F M M (missing) (missing); x 1 2 3 4 0 9: without the missing rows, F's x (1, 2) lie below M's (3, 4):
        // AUROC 0, folded 1, for both groups; the missing group is not listed.
        var sex = Cohorts.Of(TestData.Categorical("sex", "F", "F", "M", "M", null, null));

        var strength = ProxyStrength.Measure(TestData.Numeric("x", 1, 2, 3, 4, 0, 9), false, sex, 2);

        Assert.Equal([new ProxyGroup("sex=F", 2, 1), new ProxyGroup("sex=M", 2, 1)], strength!.Groups);
        Assert.Equal("sex=F", strength.Group);
    }
}
