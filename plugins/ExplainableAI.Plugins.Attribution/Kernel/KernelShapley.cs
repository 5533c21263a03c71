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
    public static KernelPlan Plan(int players, int budget, int batches, Random random)
    {
        var masks = new List<bool>();
        void Add(ReadOnlySpan<bool> mask)
        {
            foreach (var m in mask)
            {
                masks.Add(m);
            }
        }

        var buffer = new bool[players];
        Add(buffer);
        Array.Fill(buffer, true);
        Add(buffer);

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
            foreach (var subset in Subsets(players, s))
            {
                Add(subset);
                weights.Add(weight);
                if (sizes == 2)
                {
                    Complement(subset, buffer);
                    Add(buffer);
                    weights.Add(weight);
                }
            }

            remaining -= (int)subsets;
            remainingMass -= sizeMass;
            firstSampled = s + 1;
        }

        if (firstSampled > players / 2 || remaining < 2 || remainingMass <= 1e-12)
        {
            return new KernelPlan([.. masks], [.. weights], 0, 0, 0);
        }

        batches = Math.Clamp(remaining / 2, 1, Math.Max(1, batches));
        var perBatch = remaining / batches / 2 * 2;
        var sizeCumulative = new double[players];
        var cumulative = 0.0;
        for (var s = firstSampled; s <= players / 2; s++)
        {
            cumulative += (s == players - s ? 1 : 2) * mass[s];
            sizeCumulative[s] = cumulative;
        }

        var order = new int[players];
        for (var i = 0; i < players; i++)
        {
            order[i] = i;
        }

        for (var k = 0; k < batches * perBatch / 2; k++)
        {
            var u = random.NextDouble() * cumulative;
            var size = firstSampled;
            while (size < players / 2 && sizeCumulative[size] < u)
            {
                size++;
            }

            // Sizes s and d − s share their mass; draw either, then pair the coalition with its complement.
            if (size != players - size && random.Next(2) == 1)
            {
                size = players - size;
            }

            random.Shuffle(order);
            Array.Clear(buffer);
            for (var i = 0; i < size; i++)
            {
                buffer[order[i]] = true;
            }

            Add(buffer);
            Complement(buffer, buffer);
            Add(buffer);
        }

        return new KernelPlan([.. masks], [.. weights], batches, perBatch, remainingMass / perBatch);
    }

    /// <summary>Attributions (mean over batches) and their standard errors (spread of the batches / √batches; 0 when exact).</summary>
    public static void Compute(KernelPlan plan, ReadOnlySpan<double> values, int players, Span<double> phi, Span<double> standardErrors)
    {
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
            Solve(plan, values, players, b, empty, delta, estimate);
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

    private static void Solve(KernelPlan plan, ReadOnlySpan<double> values, int players, int batch, double empty, double delta, double[] phi)
    {
        var n = players - 1;
        var normal = new double[n * n];
        var right = new double[n];
        var a = new double[n];
        var masks = plan.Masks;

        void Accumulate(int coalition, double weight, ReadOnlySpan<double> v)
        {
            var mask = masks.AsSpan(coalition * players, players);
            var last = mask[n] ? 1.0 : 0.0;
            var y = v[coalition] - empty - (last * delta);
            for (var i = 0; i < n; i++)
            {
                a[i] = (mask[i] ? 1.0 : 0.0) - last;
            }

            for (var i = 0; i < n; i++)
            {
                if (a[i] == 0)
                {
                    continue;
                }

                var wa = weight * a[i];
                right[i] += wa * y;
                for (var j = 0; j < n; j++)
                {
                    normal[(i * n) + j] += wa * a[j];
                }
            }
        }

        var enumerated = plan.EnumeratedWeights;
        for (var c = 0; c < enumerated.Length; c++)
        {
            Accumulate(2 + c, enumerated[c], values);
        }

        var first = 2 + enumerated.Length + (batch * plan.SamplesPerBatch);
        for (var c = 0; c < plan.SamplesPerBatch; c++)
        {
            Accumulate(first + c, plan.SampleWeight, values);
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

    private static IEnumerable<bool[]> Subsets(int players, int size)
    {
        var index = new int[size];
        for (var i = 0; i < size; i++)
        {
            index[i] = i;
        }

        while (true)
        {
            var mask = new bool[players];
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
