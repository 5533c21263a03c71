using ExplainableAI.Plugins.Drift.Statistics;

namespace ExplainableAI.Plugins.Drift.Tests;

public sealed class KolmogorovSmirnovTests
{
    [Fact]
    public void Statistic_steps_over_ties_together()
    {
        // Pooled values 1, 2, 3, 4: F₁ = 0.25, 0.75, 1, 1 and F₂ = 0, 0.5, 0.75, 1, so D = 0.25.
        // Consuming the tied 2s of one sample before the other would give 0.75 − 0 = 0.75.
        Assert.Equal(0.25, KolmogorovSmirnov.Statistic([1, 2, 2, 3], [2, 2, 3, 4]));
    }

    [Fact]
    public void Identical_samples_have_statistic_zero_and_p_value_one()
    {
        var result = KolmogorovSmirnov.Test([1, 2, 2, 5], [1, 2, 2, 5]);
        Assert.Equal(0, result.Statistic);
        Assert.Equal(1, result.PValue);
    }

    [Theory]
    // Equal sizes n: P(D ≥ h/n) = 2 Σ_{k≥1} (−1)^{k−1} C(2n, n − kh) / C(2n, n) (Gnedenko–Korolyuk).
    // [1,2,3] vs [4,5,6]: D = 1, p = 2·C(6,0)/C(6,3) = 2/20 (scipy's ks_2samp gives 0.1).
    [InlineData(new double[] { 1, 2, 3 }, new double[] { 4, 5, 6 }, 1.0, 0.1)]
    // [1,2,5] vs [3,4,6]: D = 2/3, p = 2·C(6,1)/C(6,3) = 12/20.
    [InlineData(new double[] { 1, 2, 5 }, new double[] { 3, 4, 6 }, 2.0 / 3, 0.6)]
    // Four and four separated: p = 2/C(8,4) = 2/70.
    [InlineData(new double[] { 1, 2, 3, 4 }, new double[] { 5, 6, 7, 8 }, 1.0, 2.0 / 70)]
    public void Exact_p_value_matches_the_closed_form_for_equal_sizes(double[] x, double[] y, double d, double p)
    {
        var result = KolmogorovSmirnov.Test(x, y);
        Assert.True(result.Exact);
        Assert.Equal(d, result.Statistic, 1e-15);
        Assert.Equal(p, result.PValue, 1e-14);
    }

    [Theory]
    [InlineData(4, 6, 1)]
    [InlineData(5, 7, 2)]
    [InlineData(3, 9, 3)]
    [InlineData(6, 6, 4)]
    public void Exact_p_value_equals_brute_force_over_all_rank_assignments(int n1, int n2, int seed)
    {
        // Under the null every split of the n₁ + n₂ pooled ranks is equally likely: p = share of splits with D ≥ d.
        var random = new Random(seed);
        var pooled = Enumerable.Range(0, n1 + n2).Select(_ => random.NextDouble()).ToArray();
        var x = pooled[..n1].Order().ToArray();
        var y = pooled[n1..].Order().ToArray();
        var observed = KolmogorovSmirnov.Statistic(x, y);

        var ranks = Enumerable.Range(0, n1 + n2).Select(r => (double)r).ToArray();
        long total = 0, extreme = 0;
        foreach (var split in Combinations(n1 + n2, n1))
        {
            var inFirst = new bool[n1 + n2];
            foreach (var i in split)
            {
                inFirst[i] = true;
            }

            var a = ranks.Where((_, i) => inFirst[i]).ToArray();
            var b = ranks.Where((_, i) => !inFirst[i]).ToArray();
            total++;
            if (KolmogorovSmirnov.Statistic(a, b) >= observed - 1e-12)
            {
                extreme++;
            }
        }

        var result = KolmogorovSmirnov.Test(x, y);
        Assert.True(result.Exact);
        Assert.Equal((double)extreme / total, result.PValue, 1e-13);
    }

    [Fact]
    public void Samples_larger_than_ten_thousand_use_the_asymptotic_distribution()
    {
        var random = new Random(7);
        var x = Enumerable.Range(0, 10_001).Select(_ => random.NextDouble()).Order().ToArray();
        var y = Enumerable.Range(0, 200).Select(_ => random.NextDouble()).Order().ToArray();
        var result = KolmogorovSmirnov.Test(x, y);
        Assert.False(result.Exact);
        // en = 10001·200/10201 = 196.08 → n = 196, the same kstwo survival function.
        Assert.Equal(KolmogorovDistribution.Survival(196, result.Statistic), result.PValue);
    }

    [Fact]
    public void Exact_and_asymptotic_p_values_agree_for_large_equal_samples()
    {
        // With n = 10,000 per sample the exact distribution is close to kstwo(5000).
        var random = new Random(11);
        var x = Enumerable.Range(0, 10_000).Select(_ => random.NextDouble()).Order().ToArray();
        var y = Enumerable.Range(0, 10_000).Select(_ => random.NextDouble() * 1.02).Order().ToArray();
        var exact = KolmogorovSmirnov.Test(x, y);
        Assert.True(exact.Exact);
        var asymptotic = KolmogorovDistribution.Survival(5000, exact.Statistic);
        Assert.InRange(exact.PValue, asymptotic * 0.9, asymptotic * 1.1);
    }

    [Fact]
    public void False_positive_rate_is_near_the_nominal_level()
    {
        // 400 pairs of samples of one distribution (n = 80 and 120): p < 0.05 should happen about 5 % of the time.
        // The exact test is conservative with discrete D, so the rate sits at or a little below 5 %.
        var random = new Random(2024);
        var rejections = 0;
        const int Repetitions = 400;
        for (var r = 0; r < Repetitions; r++)
        {
            var x = Enumerable.Range(0, 80).Select(_ => random.NextDouble()).Order().ToArray();
            var y = Enumerable.Range(0, 120).Select(_ => random.NextDouble()).Order().ToArray();
            if (KolmogorovSmirnov.Test(x, y).PValue < 0.05)
            {
                rejections++;
            }
        }

        Assert.InRange(rejections / (double)Repetitions, 0.02, 0.08);
    }

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        var indices = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return indices;
            var i = k - 1;
            while (i >= 0 && indices[i] == n - k + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            indices[i]++;
            for (var j = i + 1; j < k; j++)
            {
                indices[j] = indices[j - 1] + 1;
            }
        }
    }
}
