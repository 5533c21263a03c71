using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>Seeded row samples of a feature matrix.</summary>
internal static class RowSample
{
    /// <summary>All row indices when there are at most <paramref name="count"/> rows (or count ≤ 0), else a seeded sample, ascending.</summary>
    public static int[] Indices(int rows, int count, Random random)
    {
        var picked = Enumerable.Range(0, rows).ToArray();
        if (count <= 0 || rows <= count)
        {
            return picked;
        }

        random.Shuffle(picked);
        var chosen = picked[..count];
        Array.Sort(chosen);
        return chosen;
    }

    /// <summary>The given rows of a matrix, in the given order.</summary>
    public static FeatureMatrix Take(FeatureMatrix matrix, IReadOnlyList<int> rows)
    {
        var width = matrix.Features.Count;
        var values = new double[rows.Count * width];
        for (var i = 0; i < rows.Count; i++)
        {
            matrix.Row(rows[i]).CopyTo(values.AsSpan(i * width, width));
        }

        return matrix.WithValues(values);
    }
}
