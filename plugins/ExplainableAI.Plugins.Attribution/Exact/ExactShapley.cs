namespace ExplainableAI.Plugins.Attribution;

/// <summary>Exact Shapley values from the values of all 2^d coalitions (coalition index = bit mask of its features).</summary>
internal static class ExactShapley
{
    /// <summary>Builds the masks of all coalitions, row-major, coalition c holding feature f when bit f of c is set.</summary>
    public static bool[] AllMasks(int players)
    {
        var count = 1 << players;
        var masks = new bool[count * players];
        for (var c = 0; c < count; c++)
        {
            for (var f = 0; f < players; f++)
            {
                masks[(c * players) + f] = ((c >> f) & 1) != 0;
            }
        }

        return masks;
    }

    /// <summary>φ_i = Σ over S without i of |S|!(d−|S|−1)!/d! · (v(S ∪ {i}) − v(S)).</summary>
    public static void Compute(ReadOnlySpan<double> values, int players, Span<double> phi)
    {
        var weights = new double[players];
        for (var s = 0; s < players; s++)
        {
            weights[s] = ShapleyWeights.Marginal(players, s);
        }

        phi.Clear();
        for (var c = 0; c < values.Length; c++)
        {
            var size = System.Numerics.BitOperations.PopCount((uint)c);
            for (var f = 0; f < players; f++)
            {
                if (((c >> f) & 1) == 0)
                {
                    phi[f] += weights[size] * (values[c | (1 << f)] - values[c]);
                }
            }
        }
    }
}
