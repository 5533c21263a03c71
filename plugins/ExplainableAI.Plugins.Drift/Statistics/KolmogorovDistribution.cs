namespace ExplainableAI.Plugins.Drift.Statistics;

/// <summary>
/// The distribution of the two-sided one-sample Kolmogorov statistic Dₙ, computed region by region as scipy's
/// <c>scipy.stats.kstwo</c> does (Simard &amp; L'Ecuyer 2011): Ruben–Gambino closed forms at the ends, twice the exact
/// one-sided Smirnov tail (Birnbaum–Tingey) in the upper tail, the Durbin matrix (Marsaglia–Tsang–Wang) for small n·x^1.5,
/// and the Pelz–Good expansion otherwise. Where scipy uses Pomeranz's recursion (n ≤ 140, 0.754693 &lt; n·x² ≤ 4) this
/// uses the Durbin matrix, which is also exact.
/// </summary>
internal static class KolmogorovDistribution
{
    private const int Scale = 128;
    private static readonly double ScaleUp = Math.ScaleB(1.0, Scale);
    private static readonly double ScaleDown = Math.ScaleB(1.0, -Scale);
    private static readonly double[] StirlingCoefficients =
    [
        -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
        -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
    ];

    /// <summary>P(Dₙ ≥ x), scipy's <c>kstwo.sf(x, n)</c>.</summary>
    public static double Survival(int n, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x >= 1)
        {
            return 0;
        }

        if (x <= 0)
        {
            return 1;
        }

        var t = n * x;
        if (t <= 1)
        {
            // Ruben–Gambino: for 1/(2n) ≤ x ≤ 1/n, P(Dₙ ≤ x) = n!/nⁿ (2nx − 1)ⁿ.
            if (t <= 0.5)
            {
                return 1;
            }

            double cdf;
            if (n <= 140)
            {
                cdf = 1;
                for (var i = 1; i <= n; i++)
                {
                    cdf *= i * (1.0 / n) * ((2 * t) - 1);
                }
            }
            else
            {
                cdf = Math.Exp(LogFactorialOverPower(n) + (n * Math.Log((2 * t) - 1)));
            }

            return Clip(1 - cdf);
        }

        if (t >= n - 1)
        {
            return Clip(2 * Math.Pow(1 - x, n));
        }

        if (x >= 0.5)
        {
            return Clip(2 * SmirnovSurvival(n, x));
        }

        var nxSquared = t * x;
        if (n <= 140)
        {
            if (nxSquared <= 4)
            {
                return Clip(1 - DurbinMatrixCdf(n, x));
            }

            return Clip(2 * SmirnovSurvival(n, x));
        }

        if (nxSquared >= 370)
        {
            return 0;
        }

        if (nxSquared >= 2.2)
        {
            return Clip(2 * SmirnovSurvival(n, x));
        }

        double cdfProbability;
        if (nxSquared >= 18)
        {
            cdfProbability = 1;
        }
        else if (n <= 100_000 && n * Math.Pow(x, 1.5) <= 1.4)
        {
            cdfProbability = DurbinMatrixCdf(n, x);
        }
        else
        {
            cdfProbability = PelzGoodCdf(n, x);
        }

        return Clip(1 - cdfProbability);
    }

    /// <summary>
    /// The one-sided Smirnov tail P(Dₙ⁺ ≥ x) (scipy's <c>smirnov(n, x)</c>), by the exact Birnbaum–Tingey sum
    /// x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^{v−1} (1 − x − v/n)^{n−v}, each term in logarithms.
    /// </summary>
    public static double SmirnovSurvival(int n, double x)
    {
        if (x >= 1)
        {
            return 0;
        }

        if (x <= 0)
        {
            return 1;
        }

        var last = (int)Math.Floor(n * (1 - x));
        var logBinomial = 0.0; // ln C(n, 0)
        var sum = 0.0;
        for (var v = 0; v <= last; v++)
        {
            var p = x + ((double)v / n);
            var q = 1 - p;
            if (q > 0 || v == n)
            {
                var logTerm = logBinomial + ((v - 1) * Math.Log(p)) + (v == n ? 0 : (n - v) * Math.Log(q));
                sum += Math.Exp(logTerm);
            }

            logBinomial += Math.Log((double)(n - v) / (v + 1));
        }

        return Clip(x * sum);
    }

    // ln(n! / nⁿ) by Stirling's series with the n·ln(n) removed analytically (no cancellation).
    private static double LogFactorialOverPower(int n)
    {
        var rn = 1.0 / n;
        var polynomial = 0.0;
        foreach (var c in StirlingCoefficients)
        {
            polynomial = (polynomial * rn * rn) + c;
        }

        return (Math.Log(n) / 2) - n + (Math.Log(2 * Math.PI) / 2) + (rn * polynomial);
    }

    // Durbin (1968) as organised by Marsaglia, Tsang and Wang (2003): P(Dₙ ≤ d) = n!/nⁿ · (Hⁿ)_{kk},
    // with d = (k − h)/n and H the (2k−1)² matrix below; powers are rescaled by 2^128 to stay in range.
    private static double DurbinMatrixCdf(int n, double d)
    {
        var nd = n * d;
        if (nd <= 0.5)
        {
            return 0;
        }

        var k = (int)Math.Ceiling(nd);
        var h = k - nd;
        var m = (2 * k) - 1;
        var matrix = new double[m, m];
        var v = new double[m];
        var w = new double[m];
        var factorial = 1.0;
        for (var j = 1; j <= m; j++)
        {
            w[j - 1] = factorial;
            factorial /= j;
            v[j - 1] = (1.0 - Math.Pow(h, j)) * factorial;
        }

        var tail = Math.Pow(Math.Max((2 * h) - 1, 0), m) - (2 * Math.Pow(h, m));
        v[m - 1] = (1.0 + tail) * factorial;
        for (var i = 1; i < m; i++)
        {
            for (var r = i - 1; r < m; r++)
            {
                matrix[r, i] = w[r - i + 1];
            }
        }

        for (var r = 0; r < m; r++)
        {
            matrix[r, 0] = v[r];
        }

        for (var c = 0; c < m; c++)
        {
            matrix[m - 1, c] = v[m - 1 - c];
        }

        var power = Identity(m);
        var exponent = 0;
        var matrixExponent = 0;
        for (var remaining = n; remaining > 0; remaining /= 2)
        {
            if (remaining % 2 == 1)
            {
                power = Multiply(power, matrix);
                exponent += matrixExponent;
            }

            matrix = Multiply(matrix, matrix);
            matrixExponent *= 2;
            if (Math.Abs(matrix[k - 1, k - 1]) > ScaleUp)
            {
                DivideInPlace(matrix, ScaleUp);
                matrixExponent += Scale;
            }
        }

        var p = power[k - 1, k - 1];
        for (var i = 1; i <= n; i++)
        {
            p = i * p / n;
            if (Math.Abs(p) < ScaleDown)
            {
                p *= ScaleUp;
                exponent -= Scale;
            }
        }

        return Clip(Math.ScaleB(p, exponent));
    }

    // Pelz & Good (1976): P(Dₙ ≤ x) ≈ K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^1.5 with z = x√n, each Kᵢ written with
    // Jacobi theta transforms that converge fast for small z.
    private static double PelzGoodCdf(int n, double x)
    {
        var z = Math.Sqrt(n) * x;
        var z2 = z * z;
        var z3 = z2 * z;
        var z4 = z2 * z2;
        var z6 = z4 * z2;
        var pi2 = Math.PI * Math.PI;
        var pi4 = pi2 * pi2;
        var pi6 = pi4 * pi2;
        var sqrt2Pi = Math.Sqrt(2 * Math.PI);
        var qLog = -pi2 / 8 / z2;
        if (qLog < -708)
        {
            return 0;
        }

        var q = Math.Exp(qLog);
        var k1a = -z2;
        var k1b = pi2 / 4;
        var k2a = (6 * z6) + (2 * z4);
        var k2b = ((2 * z4) - (5 * z2)) * pi2 / 4;
        var k2c = pi4 * (1 - (2 * z2)) / 16;
        var k3d = pi6 * (5 - (30 * z2)) / 64;
        var k3c = pi4 * ((-60 * z2) + (212 * z4)) / 16;
        var k3b = pi2 * ((135 * z4) - (96 * z6)) / 4;
        var k3a = (-30 * z6) - (90 * z4 * z4);

        Span<double> terms = stackalloc double[4];
        var maxK = (int)Math.Ceiling(16 * z / Math.PI);
        for (var k = maxK; k > 0; k--)
        {
            double odd = (2 * k) - 1;
            var odd2 = odd * odd;
            var odd4 = odd2 * odd2;
            var odd6 = odd4 * odd2;
            var qPower = Math.Pow(q, 8 * k);
            terms[0] = (terms[0] * qPower) + 1.0;
            terms[1] = (terms[1] * qPower) + k1a + (k1b * odd2);
            terms[2] = (terms[2] * qPower) + k2a + (k2b * odd2) + (k2c * odd4);
            terms[3] = (terms[3] * qPower) + k3a + (k3b * odd2) + (k3c * odd4) + (k3d * odd6);
        }

        terms[0] *= q * sqrt2Pi / z;
        terms[1] *= q * sqrt2Pi / (6 * z4);
        terms[2] *= q * sqrt2Pi / (72 * z6 * z);
        terms[3] *= q * sqrt2Pi / (6480 * z6 * z4);

        var q2 = Math.Exp(-pi2 / 2 / z2);
        var sqrt3z = Math.Sqrt(3) * z;
        var k2Extra = 0.0;
        var k3Extra = 0.0;
        for (var k = maxK; k > 0; k--)
        {
            double kk = k;
            var k2 = kk * kk;
            var qPower = Math.Pow(q2, k2);
            var kPi = Math.PI * kk;
            k2Extra += k2 * qPower;
            k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * k2 * qPower;
        }

        terms[2] += k2Extra * pi2 * sqrt2Pi / (-36 * z3);
        terms[3] += k3Extra * pi2 * sqrt2Pi / (216 * z6);
        double nn = n;
        return terms[0] + (terms[1] / Math.Sqrt(nn)) + (terms[2] / nn) + (terms[3] / (nn * Math.Sqrt(nn)));
    }

    private static double[,] Identity(int m)
    {
        var result = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            result[i, i] = 1;
        }

        return result;
    }

    private static double[,] Multiply(double[,] a, double[,] b)
    {
        var m = a.GetLength(0);
        var result = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            for (var l = 0; l < m; l++)
            {
                var ail = a[i, l];
                if (ail == 0)
                {
                    continue;
                }

                for (var j = 0; j < m; j++)
                {
                    result[i, j] += ail * b[l, j];
                }
            }
        }

        return result;
    }

    private static void DivideInPlace(double[,] matrix, double divisor)
    {
        var m = matrix.GetLength(0);
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                matrix[i, j] /= divisor;
            }
        }
    }

    private static double Clip(double p) => Math.Clamp(p, 0, 1);
}
