namespace ExplainableAI.Plugins.Attribution;

/// <summary>Solves small dense symmetric systems (the normal equations of Kernel SHAP) by Gaussian elimination with partial pivoting.</summary>
internal static class LinearSystem
{
    /// <summary>Solves m·x = b in place: <paramref name="b"/> receives x. A singular direction (too few coalitions) gets 0.</summary>
    public static void Solve(double[] m, double[] b, int n)
    {
        var scale = 0.0;
        for (var i = 0; i < n; i++)
        {
            scale = Math.Max(scale, Math.Abs(m[(i * n) + i]));
        }

        var tiny = Math.Max(scale, 1e-300) * 1e-13;
        var pivots = new int[n];
        for (var col = 0; col < n; col++)
        {
            var best = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[(r * n) + col]) > Math.Abs(m[(best * n) + col]))
                {
                    best = r;
                }
            }

            if (best != col)
            {
                for (var j = 0; j < n; j++)
                {
                    (m[(col * n) + j], m[(best * n) + j]) = (m[(best * n) + j], m[(col * n) + j]);
                }

                (b[col], b[best]) = (b[best], b[col]);
            }

            var pivot = m[(col * n) + col];
            if (Math.Abs(pivot) <= tiny)
            {
                pivots[col] = -1;
                continue;
            }

            pivots[col] = col;
            for (var r = col + 1; r < n; r++)
            {
                var factor = m[(r * n) + col] / pivot;
                if (factor == 0)
                {
                    continue;
                }

                for (var j = col; j < n; j++)
                {
                    m[(r * n) + j] -= factor * m[(col * n) + j];
                }

                b[r] -= factor * b[col];
            }
        }

        for (var row = n - 1; row >= 0; row--)
        {
            if (pivots[row] < 0)
            {
                b[row] = 0;
                continue;
            }

            var sum = b[row];
            for (var j = row + 1; j < n; j++)
            {
                sum -= m[(row * n) + j] * b[j];
            }

            b[row] = sum / m[(row * n) + row];
        }
    }
}
