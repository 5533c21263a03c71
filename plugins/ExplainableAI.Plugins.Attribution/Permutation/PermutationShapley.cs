namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Antithetic permutation sampling: each permutation is used forwards and backwards, and every feature's attribution is the mean of
/// its marginal contributions v(prefix ∪ {i}) − v(prefix). Each permutation's contributions sum to v(all) − v(∅), so the estimate is
/// exactly additive; the spread of the pair means gives the standard error.
/// </summary>
internal static class PermutationShapley
{
    /// <summary>Masks of the d + 1 prefixes of each of the 2·pairs permutations, and the permutations themselves.</summary>
    public static (bool[] Masks, int[] Orders) Plan(int players, int pairs, Random random)
    {
        var permutations = 2 * pairs;
        var orders = new int[permutations * players];
        var masks = new bool[permutations * (players + 1) * players];
        for (var p = 0; p < pairs; p++)
        {
            var forward = orders.AsSpan(2 * p * players, players);
            for (var i = 0; i < players; i++)
            {
                forward[i] = i;
            }

            random.Shuffle(forward);
            var backward = orders.AsSpan(((2 * p) + 1) * players, players);
            forward.CopyTo(backward);
            backward.Reverse();
        }

        for (var p = 0; p < permutations; p++)
        {
            for (var k = 1; k <= players; k++)
            {
                var mask = masks.AsSpan(((p * (players + 1)) + k) * players, players);
                masks.AsSpan(((p * (players + 1)) + k - 1) * players, players).CopyTo(mask);
                mask[orders[(p * players) + k - 1]] = true;
            }
        }

        return (masks, orders);
    }

    /// <summary>Attributions and their standard errors from the coalition values of <see cref="Plan"/>.</summary>
    public static void Compute(ReadOnlySpan<double> values, int[] orders, int players, Span<double> phi, Span<double> standardErrors)
    {
        var pairs = orders.Length / players / 2;
        var pair = new double[players];
        var sum = new double[players];
        var sumSquares = new double[players];
        for (var p = 0; p < pairs; p++)
        {
            Array.Clear(pair);
            for (var side = 0; side < 2; side++)
            {
                var q = (2 * p) + side;
                var v = values.Slice(q * (players + 1), players + 1);
                for (var k = 0; k < players; k++)
                {
                    pair[orders[(q * players) + k]] += 0.5 * (v[k + 1] - v[k]);
                }
            }

            for (var f = 0; f < players; f++)
            {
                sum[f] += pair[f];
                sumSquares[f] += pair[f] * pair[f];
            }
        }

        for (var f = 0; f < players; f++)
        {
            phi[f] = sum[f] / pairs;
            var variance = pairs > 1 ? Math.Max(0, (sumSquares[f] - (pairs * phi[f] * phi[f])) / (pairs - 1)) : double.NaN;
            standardErrors[f] = Math.Sqrt(variance / pairs);
        }
    }
}
