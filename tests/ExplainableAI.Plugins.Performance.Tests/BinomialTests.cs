namespace ExplainableAI.Plugins.Performance.Tests;

public sealed class BinomialTests
{
    [Theory]
    [InlineData(20, 0.3)]   // inversion from 0 (np < 30)
    [InlineData(100, 0.4)]  // inversion from the mode
    [InlineData(100, 0.85)] // mirrored
    public void Draws_follow_the_exact_distribution(int n, double p)
    {
        var random = new Random(7);
        const int draws = 200_000;
        var counts = new int[n + 1];
        for (var i = 0; i < draws; i++)
        {
            counts[Binomial.Sample(random, n, p)]++;
        }

        // Total variation distance to the exact pmf; with 200k draws its sampling noise is about 0.005.
        double distance = 0;
        for (var k = 0; k <= n; k++)
        {
            var pmf = Math.Exp(LogGamma.Factorial(n) - LogGamma.Factorial(k) - LogGamma.Factorial(n - k) + (k * Math.Log(p)) + ((n - k) * Math.Log(1 - p)));
            distance += Math.Abs((counts[k] / (double)draws) - pmf);
        }

        Assert.True(distance / 2 < 0.01, $"total variation {distance / 2}");
    }

    [Fact]
    public void Large_n_has_binomial_mean_and_variance()
    {
        var random = new Random(11);
        const long n = 1_000_000;
        const double p = 0.3;
        const int draws = 20_000;
        var values = new double[draws];
        for (var i = 0; i < draws; i++)
        {
            values[i] = Binomial.Sample(random, n, p);
        }

        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (draws - 1);
        // sd of the mean = sqrt(np(1−p)/draws) ≈ 3.2; of the variance ≈ 1% of it.
        Assert.InRange(mean, (n * p) - 15, (n * p) + 15);
        Assert.InRange(variance / (n * p * (1 - p)), 0.95, 1.05);
    }

    [Fact]
    public void Log_gamma_matches_factorials()
    {
        Assert.Equal(Math.Log(3628800), LogGamma.Factorial(10), 12);
        Assert.Equal(0.5 * Math.Log(Math.PI), LogGamma.Of(0.5), 12);
    }

    [Fact]
    public void Multinomial_counts_sum_to_n()
    {
        var random = new Random(3);
        Span<long> counts = stackalloc long[4];
        Binomial.Multinomial(random, 1000, [0.1, 0.2, 0.3, 0.4], counts);
        Assert.Equal(1000, counts[0] + counts[1] + counts[2] + counts[3]);
    }
}
