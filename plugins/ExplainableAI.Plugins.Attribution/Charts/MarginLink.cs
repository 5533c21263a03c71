namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// How a binary classifier's probability follows from its margin, p = σ(A·margin + B), found from the explained rows rather
/// than assumed from the model's format: the plain sigmoid (A = 1, B = 0) of a logistic model, or a Platt calibration such as
/// ML.NET's, whose A and B are fitted by weighted least squares on logit p. Either is accepted only when it reproduces the
/// model's probability on every row; otherwise (an isotonic calibrator, say) there is none, and a base value has no probability.
/// </summary>
/// <param name="A">Slope on the margin.</param>
/// <param name="B">Intercept.</param>
internal sealed record MarginLink(double A, double B)
{
    /// <summary>The plain sigmoid p = σ(margin).</summary>
    public static readonly MarginLink Sigmoid = new(1, 0);

    /// <summary>Whether this is the plain sigmoid of the margin.</summary>
    public bool IsSigmoid => A == 1 && B == 0;

    /// <summary>The logistic sigmoid 1 / (1 + e^−x).</summary>
    public static double Logistic(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>The probability of a margin.</summary>
    public double Probability(double margin) => Logistic((A * margin) + B);

    /// <summary>The link that reproduces every (margin, probability) pair, preferring the plain sigmoid; null when none does.</summary>
    public static MarginLink? Detect(IEnumerable<(double Margin, double Probability)> pairs)
    {
        var present = pairs.Where(p => !double.IsNaN(p.Margin) && !double.IsNaN(p.Probability)).ToArray();
        if (present.Length == 0)
        {
            return null;
        }

        // 10⁻⁷ absolute: a model computing in single precision rounds its probability by up to 6·10⁻⁸.
        if (Reproduces(Sigmoid, present, 1e-6, 1e-7))
        {
            return Sigmoid;
        }

        // A fitted intercept that is rounding noise (ML.NET's FastTree sigmoid has none) is dropped when the slope alone fits.
        return Fit(present) is not { } fitted || !Reproduces(fitted, present, 1e-4, 1e-6) ? null
            : Reproduces(fitted with { B = 0 }, present, 1e-4, 1e-6) ? fitted with { B = 0 }
            : fitted;
    }

    private static bool Reproduces(MarginLink link, (double Margin, double Probability)[] pairs, double relative, double absolute) =>
        pairs.All(pair =>
        {
            var p = link.Probability(pair.Margin);
            return Math.Abs(p - pair.Probability) <= (relative * Math.Min(p, 1 - p)) + absolute;
        });

    // Least squares of logit p on the margin, weighted by (p(1 − p))²: an error ε in p moves logit p by ε / (p(1 − p)), so these
    // weights even out the rounding of the probability. Probabilities within 10⁻⁹ of 0 or 1 carry no usable logit.
    private static MarginLink? Fit((double Margin, double Probability)[] pairs)
    {
        double sw = 0, sx = 0, sy = 0;
        var usable = pairs.Where(p => p.Probability > 1e-9 && p.Probability < 1 - 1e-9).ToArray();
        foreach (var (x, p) in usable)
        {
            var w = Math.Pow(p * (1 - p), 2);
            sw += w;
            sx += w * x;
            sy += w * Math.Log(p / (1 - p));
        }

        if (usable.Length < 2 || sw <= 0)
        {
            return null;
        }

        double mx = sx / sw, my = sy / sw, sxy = 0, sxx = 0;
        foreach (var (x, p) in usable)
        {
            var w = Math.Pow(p * (1 - p), 2);
            sxy += w * (x - mx) * (Math.Log(p / (1 - p)) - my);
            sxx += w * (x - mx) * (x - mx);
        }

        if (sxx <= 0)
        {
            return null;
        }

        var a = sxy / sxx;
        return a > 0 ? new MarginLink(a, my - (a * mx)) : null;
    }
}
