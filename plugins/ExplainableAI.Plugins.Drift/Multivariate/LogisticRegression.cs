using System.Numerics;

namespace ExplainableAI.Plugins.Drift.Multivariate;

/// <summary>
/// Ridge-penalised logistic regression fitted by Newton's method (iteratively reweighted least squares), small and
/// deterministic: the domain classifier needs a fast, seeded model, not the best one.
/// </summary>
internal sealed class LogisticRegression
{
    private const int MaxIterations = 25;
    private const double Ridge = 1e-2;

    private LogisticRegression(double[] weights) => Weights = weights;

    /// <summary>Intercept first, then one weight per feature.</summary>
    public double[] Weights { get; }

    /// <summary>Fits the model.</summary>
    /// <param name="x">Rows × features, row-major.</param>
    /// <param name="features">Features per row.</param>
    /// <param name="y">Class of each row.</param>
    /// <param name="rows">The rows to fit on.</param>
    /// <param name="cancellationToken">Cancels the fit.</param>
    /// <returns>The fitted model.</returns>
    public static LogisticRegression Fit(double[] x, int features, bool[] y, IReadOnlyList<int> rows, CancellationToken cancellationToken)
    {
        var p = features + 1;
        var beta = new double[p];
        var hessian = new double[p * p]; // row-major; only the lower triangle is filled
        var gradient = new double[p];
        var row = new double[p];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(hessian);
            Array.Clear(gradient);
            foreach (var r in rows)
            {
                row[0] = 1;
                Array.Copy(x, r * features, row, 1, features);
                var eta = Dot(beta, row);
                var prob = 1 / (1 + Math.Exp(-eta));
                var w = Math.Max(prob * (1 - prob), 1e-10);
                var residual = (y[r] ? 1 : 0) - prob;
                AddScaled(gradient, row, residual);
                for (var i = 0; i < p; i++)
                {
                    // Row i of the lower triangle += w·xᵢ·x[0..i]: a contiguous span, so it vectorises.
                    AddScaled(hessian.AsSpan(i * p, i + 1), row.AsSpan(0, i + 1), w * row[i]);
                }
            }

            for (var i = 1; i < p; i++)
            {
                hessian[(i * p) + i] += Ridge;
                gradient[i] -= Ridge * beta[i];
            }

            var step = SolveCholesky(hessian, gradient, p);
            var change = 0.0;
            for (var i = 0; i < p; i++)
            {
                beta[i] += step[i];
                change = Math.Max(change, Math.Abs(step[i]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        return new LogisticRegression(beta);
    }

    /// <summary>The linear score of a row (monotone in the probability, enough for AUROC).</summary>
    public double Score(double[] x, int features, int r)
    {
        var eta = Weights[0];
        for (var f = 0; f < features; f++)
        {
            eta += Weights[f + 1] * x[(r * features) + f];
        }

        return eta;
    }

    // target[k] += scale · source[k], element by element (the same rounding as the scalar loop, in SIMD lanes).
    private static void AddScaled(Span<double> target, ReadOnlySpan<double> source, double scale)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<double>.Count)
        {
            var factor = new Vector<double>(scale);
            for (; k <= target.Length - Vector<double>.Count; k += Vector<double>.Count)
            {
                (new Vector<double>(target[k..]) + (factor * new Vector<double>(source[k..]))).CopyTo(target[k..]);
            }
        }

        for (; k < target.Length; k++)
        {
            target[k] += scale * source[k];
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    // Solves H·s = g for the symmetric positive definite H whose lower triangle is filled.
    private static double[] SolveCholesky(double[] h, double[] g, int p)
    {
        var l = new double[p, p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = h[(i * p) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j, j];
            }
        }

        var z = new double[p];
        for (var i = 0; i < p; i++)
        {
            var sum = g[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i, k] * z[k];
            }

            z[i] = sum / l[i, i];
        }

        var s = new double[p];
        for (var i = p - 1; i >= 0; i--)
        {
            var sum = z[i];
            for (var k = i + 1; k < p; k++)
            {
                sum -= l[k, i] * s[k];
            }

            s[i] = sum / l[i, i];
        }

        return s;
    }
}
