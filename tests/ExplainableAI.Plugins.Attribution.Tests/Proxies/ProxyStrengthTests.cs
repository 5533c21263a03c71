using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class ProxyStrengthTests
{
    [Fact]
    public void Numeric_feature_auroc_is_folded_and_maximised_over_groups()
    {
        // Group A scores 1, 2, 4 against 3, 5, 6: only 4 > 3 wins, so AUROC = 1/9, folded 8/9; group B mirrors it (8/9) and the
        // first group with the largest value is named.
        var strength = ProxyStrength.Measure(TestData.Numeric("x", 1, 2, 3, 4, 5, 6), false, TestData.Categorical("g", "A", "A", "B", "A", "B", "B"), 1);

        Assert.Equal(8.0 / 9, strength!.Auroc, 12);
        Assert.Equal("g=A", strength.Group);
    }

    [Fact]
    public void Categorical_feature_scores_rows_by_the_group_share_of_their_level()
    {
        // Share of M per level: a 1, b 0.5, c 0 → scores 1, 1, 0.5 (M) against 0.5, 0, 0: wins 3 + 3 + (0.5 + 2) = 8.5 of 9.
        var strength = ProxyStrength.Measure(TestData.Categorical("x", "a", "a", "b", "b", "c", "c"), true, TestData.Categorical("sex", "M", "M", "M", "F", "F", "F"), 1);

        Assert.Equal(8.5 / 9, strength!.Auroc, 12);
    }

    [Fact]
    public void Numeric_attribute_with_many_values_splits_at_the_median_and_small_groups_are_skipped()
    {
        var age = TestData.Numeric("age", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

        var strength = ProxyStrength.Measure(TestData.Numeric("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), false, age, 6);

        Assert.Equal(1.0, strength!.Auroc);
        Assert.Equal("age<=6.5", strength.Group);
        Assert.Null(ProxyStrength.Measure(TestData.Numeric("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), false, age, 7));
    }
}
