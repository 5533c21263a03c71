namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Kernel SHAP (Lundberg and Lee 2017): the attributions are the Shapley-kernel weighted least-squares fit of v(S) − v(∅) by
/// Σ_{i∈S} φ_i, with the efficiency constraint Σ φ_i = v(all) − v(∅) enforced exactly by eliminating the last feature. Sizes whose
/// coalitions all fit in the budget are enumerated with their exact weights (smallest and largest sizes first, as the kernel
/// weighs them most); the rest of the budget is sampled in complementary pairs, split in independent batches whose spread gives
/// the standard errors. No feature selection: every feature gets an attribution.
/// </summary>
internal static class KernelShapley
{
    /// <summary>Plans the enumerated coalitions and the sampling of the rest of the budget; the same plan serves every row.</summary>
    public static KernelPlan Plan(int players, int budget, int batches)
    {
        var masks = new List<bool>();
        var buffer = new bool[players];
        masks.AddRange(buffer);
        Array.Fill(buffer, true);
        masks.AddRange(buffer);

        // Mass of each size under the kernel, normalised over all non-trivial coalitions: C(d,s)·kernel(s) = (d−1)/(s(d−s)).
        var mass = new double[players];
        var totalMass = 0.0;
        for (var s = 1; s < players; s++)
        {
            mass[s] = (players - 1.0) / (s * (players - s));
            totalMass += mass[s];
        }

        var weights = new List<double>();
        var remaining = budget;
        var remainingMass = 1.0;
        var firstSampled = 1;
        for (var s = 1; s <= players / 2; s++)
        {
            var sizes = s == players - s ? 1 : 2;
            var sizeMass = sizes * mass[s] / totalMass;
            var subsets = sizes * ShapleyWeights.Binomial(players, s);

            // Enumerate a size when the samples it would receive (its share of the remaining mass) cover all its coalitions.
            if (remainingMass <= 0 || remaining * sizeMass / remainingMass < subsets - 1e-8)
            {
                break;
            }

            var weight = ShapleyWeights.Kernel(players, s) / totalMass;
            foreach (var subset in Subsets(players, s, buffer))
            {
                masks.AddRange(subset);
                weights.Add(weight);
                if (sizes == 2)
                {
                    Complement(subset, buffer);
                    masks.AddRange(buffer);
                    weights.Add(weight);
                }
            }

            remaining -= (int)subsets;
            remainingMass -= sizeMass;
            firstSampled = s + 1;
        }

        bool[] enumerated = [.. masks];
        double[] enumeratedWeights = [.. weights];
        var normal = new double[Math.Max(0, players - 1) * Math.Max(0, players - 1)];
        for (var c = 0; c < enumeratedWeights.Length; c++)
        {
            AccumulateNormal(enumerated.AsSpan((2 + c) * players, players), enumeratedWeights[c], normal);
        }

        var sizeCumulative = new double[players + 1];
        if (firstSampled > players / 2 || remaining < 2 || remainingMass <= 1e-12)
        {
            return new KernelPlan(players, enumerated, enumeratedWeights, normal, 0, 0, 0, firstSampled, sizeCumulative);
        }

        batches = Math.Clamp(remaining / 2, 1, Math.Max(1, batches));
        var perBatch = remaining / batches / 2 * 2;
        var cumulative = 0.0;
        for (var s = firstSampled; s <= players / 2; s++)
        {
            cumulative += (s == players - s ? 1 : 2) * mass[s];
            sizeCumulative[s] = cumulative;
        }

        return new KernelPlan(players, enumerated, enumeratedWeights, normal, batches, perBatch, remainingMass / perBatch, firstSampled, sizeCumulative);
    }

    /// <summary>Draws a row's sampled coalitions into <paramref name="masks"/> (after the enumerated ones), in complementary pairs.</summary>
    public static void Sample(KernelPlan plan, Random random, bool[] masks)
    {
        var players = plan.Players;
        var firstSampled = plan.FirstSampled;
        var cumulative = plan.SizeCumulative[players / 2];
        Span<int> order = stackalloc int[players];
        for (var i = 0; i < players; i++)
        {
            order[i] = i;
        }

        var next = 2 + plan.EnumeratedWeights.Length;
        for (var k = 0; k < plan.Batches * plan.SamplesPerBatch / 2; k++)
        {
            var u = random.NextDouble() * cumulative;
            var size = firstSampled;
            while (size < players / 2 && plan.SizeCumulative[size] < u)
            {
                size++;
            }

            // Sizes s and d − s share their mass; draw either, then pair the coalition with its complement.
            if (size != players - size && random.Next(2) == 1)
            {
                size = players - size;
            }

            random.Shuffle(order);
            var mask = masks.AsSpan(next++ * players, players);
            mask.Clear();
            for (var i = 0; i < size; i++)
            {
                mask[order[i]] = true;
            }

            Complement(mask, masks.AsSpan(next++ * players, players));
        }
    }

    /// <summary>Attributions (mean over batches) and their standard errors (spread of the batches / √batches; 0 when exact).</summary>
    public static void Compute(KernelPlan plan, bool[] masks, ReadOnlySpan<double> values, Span<double> phi, Span<double> standardErrors)
    {
        var players = plan.Players;
        phi.Clear();
        standardErrors.Clear();
        var empty = values[0];
        var delta = values[1] - empty;
        if (players == 1)
        {
            phi[0] = delta;
            return;
        }

        var batches = Math.Max(1, plan.Batches);
        var estimate = new double[players];
        var sumSquares = new double[players];
        for (var b = 0; b < batches; b++)
        {
            Solve(plan, masks, values, b, empty, delta, estimate);
            for (var f = 0; f < players; f++)
            {
                phi[f] += estimate[f] / batches;
                sumSquares[f] += estimate[f] * estimate[f];
            }
        }

        if (batches > 1)
        {
            for (var f = 0; f < players; f++)
            {
                var variance = Math.Max(0, (sumSquares[f] - (batches * phi[f] * phi[f])) / (batches - 1));
                standardErrors[f] = Math.Sqrt(variance / batches);
            }
        }
    }

    // The normal equations of the batch: the enumerated coalitions' matrix (planned once) plus the batch's samples; the right side
    // Σ w·a·y depends on the row's values.
    private static void Solve(KernelPlan plan, bool[] masks, ReadOnlySpan<double> values, int batch, double empty, double delta, double[] phi)
    {
        var players = plan.Players;
        var n = players - 1;
        var normal = (double[])plan.EnumeratedNormal.Clone();
        var right = new double[n];
        var enumerated = plan.EnumeratedWeights;
        for (var c = 0; c < enumerated.Length; c++)
        {
            AccumulateRight(masks.AsSpan((2 + c) * players, players), enumerated[c], values[2 + c], empty, delta, right);
        }

        var first = 2 + enumerated.Length + (batch * plan.SamplesPerBatch);
        for (var c = first; c < first + plan.SamplesPerBatch; c++)
        {
            var mask = masks.AsSpan(c * players, players);
            AccumulateNormal(mask, plan.SampleWeight, normal);
            AccumulateRight(mask, plan.SampleWeight, values[c], empty, delta, right);
        }

        LinearSystem.Solve(normal, right, n);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            phi[i] = right[i];
            sum += right[i];
        }

        phi[n] = delta - sum;
    }

    // Eliminating the last feature with the efficiency constraint: a_i = [i ∈ S] − [d ∈ S], y = v(S) − v(∅) − [d ∈ S]·(v(all) − v(∅)).
    private static void AccumulateNormal(ReadOnlySpan<bool> mask, double weight, double[] normal)
    {
        var n = mask.Length - 1;
        var last = mask[n];
        for (var i = 0; i < n; i++)
        {
            if (mask[i] == last)
            {
                continue;
            }

            var wa = mask[i] ? weight : -weight;
            for (var j = 0; j < n; j++)
            {
                if (mask[j] != last)
                {
                    normal[(i * n) + j] += mask[j] ? wa : -wa;
                }
            }
        }
    }

    private static void AccumulateRight(ReadOnlySpan<bool> mask, double weight, double value, double empty, double delta, double[] right)
    {
        var n = mask.Length - 1;
        var last = mask[n];
        var y = weight * (value - empty - (last ? delta : 0));
        for (var i = 0; i < n; i++)
        {
            if (mask[i] != last)
            {
                right[i] += mask[i] ? y : -y;
            }
        }
    }

    // Each subset is written into the same buffer, valid until the next one is asked for.
    private static IEnumerable<bool[]> Subsets(int players, int size, bool[] mask)
    {
        var index = new int[size];
        for (var i = 0; i < size; i++)
        {
            index[i] = i;
        }

        while (true)
        {
            Array.Clear(mask);
            foreach (var i in index)
            {
                mask[i] = true;
            }

            yield return mask;
            var k = size - 1;
            while (k >= 0 && index[k] == players - size + k)
            {
                k--;
            }

            if (k < 0)
            {
                yield break;
            }

            index[k]++;
            for (var j = k + 1; j < size; j++)
            {
                index[j] = index[j - 1] + 1;
            }
        }
    }

    private static void Complement(ReadOnlySpan<bool> mask, Span<bool> result)
    {
        for (var i = 0; i < mask.Length; i++)
        {
            result[i] = !mask[i];
        }
    }
}
