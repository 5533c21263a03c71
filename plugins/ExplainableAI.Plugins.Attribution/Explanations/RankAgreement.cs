namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// How far two importance rankings agree on the top features: Kendall's τ-b (ties corrected, Kendall 1945) between the two
/// importance vectors, over the union of both top-k sets, so a feature that enters or leaves the top k counts as well as a swap
/// inside it. 1 = same order, −1 = reversed.
/// </summary>
internal static class RankAgreement
{
    public static double TopK(IReadOnlyList<double> first, IReadOnlyList<double> second, int k)
    {
        if (first.Count != second.Count)
        {
            throw new ArgumentException("Both importance vectors need one value per feature.", nameof(second));
        }

        var union = ImportanceSummary.RankByDecreasing(first).Take(k)
            .Union(ImportanceSummary.RankByDecreasing(second).Take(k))
            .Order()
            .ToArray();
        return KendallTauB([.. union.Select(f => first[f])], [.. union.Select(f => second[f])]);
    }

    /// <summary>
    /// τ-b = (C − D) / √((n₀ − n₁)(n₀ − n₂)) with n₀ = n(n−1)/2 pairs, n₁ and n₂ the pairs tied in the first and the second
    /// vector. Fewer than two items, or both vectors entirely tied, agree fully (1); one entirely tied against an order gives 0.
    /// </summary>
    public static double KendallTauB(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var n = a.Count;
        long concordant = 0;
        long discordant = 0;
        long tiedA = 0;
        long tiedB = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var sa = Math.Sign(a[i] - a[j]);
                var sb = Math.Sign(b[i] - b[j]);
                tiedA += sa == 0 ? 1 : 0;
                tiedB += sb == 0 ? 1 : 0;
                concordant += sa * sb > 0 ? 1 : 0;
                discordant += sa * sb < 0 ? 1 : 0;
            }
        }

        var pairs = (long)n * (n - 1) / 2;
        if (pairs - tiedA == 0 && pairs - tiedB == 0)
        {
            return 1;
        }

        var denominator = Math.Sqrt((double)(pairs - tiedA) * (pairs - tiedB));
        return denominator == 0 ? 0 : (concordant - discordant) / denominator;
    }
}
