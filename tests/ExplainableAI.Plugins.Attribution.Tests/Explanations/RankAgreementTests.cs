namespace ExplainableAI.Plugins.Attribution.Tests;

public sealed class RankAgreementTests
{
    [Fact]
    public void Kendall_tau_b_matches_hand_counts()
    {
        // (1,2,3,4) against (1,3,2,4): 5 concordant pairs, 1 discordant, no ties: (5 − 1) / 6.
        Assert.Equal(4.0 / 6, RankAgreement.KendallTauB([1, 2, 3, 4], [1, 3, 2, 4]), 12);

        // One tie in the first vector: C = 5, D = 0, n₀ = 6, n₁ = 1: 5 / √(5·6) = 0.912870929… (scipy.stats.kendalltau gives the same).
        Assert.Equal(5 / Math.Sqrt(30), RankAgreement.KendallTauB([1, 2, 2, 3], [1, 2, 3, 4]), 12);
        Assert.Equal(-1, RankAgreement.KendallTauB([1, 2, 3], [3, 2, 1]), 12);
    }

    [Fact]
    public void Top_k_agreement_counts_features_entering_the_top_k()
    {
        // Top 2 of the first: f0, f1; of the second: f0, f2 → union {f0, f1, f2}: first (5, 4, 1), second (5, 1, 4):
        // pairs (f0,f1) and (f0,f2) concordant, (f1,f2) discordant → (2 − 1) / 3.
        Assert.Equal(1.0 / 3, RankAgreement.TopK([5, 4, 1, 0], [5, 1, 4, 0], 2), 12);

        // Below the top k nothing counts.
        Assert.Equal(1, RankAgreement.TopK([5, 4, 1, 0], [5, 4, 0, 1], 2), 12);
    }
}
