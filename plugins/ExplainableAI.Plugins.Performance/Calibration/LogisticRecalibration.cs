using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// Logistic recalibration (Cox 1958), the clinical-prediction convention (Van Calster et al., J Clin Epidemiol 2016;
/// Steyerberg, Clinical Prediction Models): with x = logit(score),
/// the calibration slope is b in logit P(y = 1) = a + b·x, and the calibration intercept ("calibration in the large") is
/// a in logit P(y = 1) = a + x (slope fixed at 1, x as offset). Both are fitted by Newton–Raphson (IRLS) with step
/// halving; 95% Wald intervals come from the inverse Fisher information. A perfectly calibrated model has slope 1 and
/// intercept 0; a slope below 1 means the scores are too extreme (overfitting).
/// </summary>
internal static class LogisticRecalibration
{
    /// <summary>Scores are clipped to [ε, 1 − ε] before the logit so that 0 and 1 stay finite.</summary>
    public const double Epsilon = 1e-12;

    private const int MaxIterations = 100;
    private const double Tolerance = 1e-10;

    /// <summary>Fits the calibration slope and intercept.</summary>
    /// <param name="scores">Scores in [0, 1].</param>
    /// <param name="positive">1 for positive rows, aligned.</param>
    /// <returns>Slope and intercept with intervals; NaN where the fit does not exist (one class only, or separation).</returns>
    public static (Interval Slope, Interval Intercept) Fit(ReadOnlySpan<double> scores, ReadOnlySpan<byte> positive)
    {
        var x = new double[scores.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var p = Math.Clamp(scores[i], Epsilon, 1 - Epsilon);
            x[i] = Math.Log(p / (1 - p));
        }

        return (FitSlope(x, positive), FitIntercept(x, positive));
    }

    private static Interval FitSlope(double[] x, ReadOnlySpan<byte> y)
    {
        double a = 0;
        double b = 1;
        var deviance = Deviance(x, y, a, b);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            // Gradient g and Fisher information H of the log-likelihood in (a, b).
            double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
            for (var i = 0; i < x.Length; i++)
            {
                var mu = Sigmoid(a + (b * x[i]));
                var r = y[i] - mu;
                var w = mu * (1 - mu);
                g0 += r;
                g1 += r * x[i];
                h00 += w;
                h01 += w * x[i];
                h11 += w * x[i] * x[i];
            }

            var det = (h00 * h11) - (h01 * h01);
            if (!(det > 0))
            {
                return new Interval(double.NaN, double.NaN, double.NaN);
            }

            var da = ((h11 * g0) - (h01 * g1)) / det;
            var db = ((h00 * g1) - (h01 * g0)) / det;
            var step = 1.0;
            double next;
            while (true)
            {
                next = Deviance(x, y, a + (step * da), b + (step * db));
                if (next <= deviance + 1e-12 || step < 1e-8)
                {
                    break;
                }

                step /= 2;
            }

            a += step * da;
            b += step * db;
            var converged = Math.Abs(deviance - next) < Tolerance * (Math.Abs(next) + 1) && Math.Abs(step * db) < 1e-9 * (Math.Abs(b) + 1);
            deviance = next;
            if (converged)
            {
                var information = Information(x, a, b);
                var se = Math.Sqrt(information.H00 / ((information.H00 * information.H11) - (information.H01 * information.H01)));
                return Finite(b, se);
            }
        }

        return new Interval(double.NaN, double.NaN, double.NaN);
    }

    private static Interval FitIntercept(double[] x, ReadOnlySpan<byte> y)
    {
        double a = 0;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double g = 0, h = 0;
            for (var i = 0; i < x.Length; i++)
            {
                var mu = Sigmoid(a + x[i]);
                g += y[i] - mu;
                h += mu * (1 - mu);
            }

            if (!(h > 0))
            {
                return new Interval(double.NaN, double.NaN, double.NaN);
            }

            // One parameter, concave log-likelihood: the Newton step on a is safe when clamped to a sane range.
            var step = Math.Clamp(g / h, -5, 5);
            a += step;
            if (Math.Abs(step) < 1e-12 * (Math.Abs(a) + 1))
            {
                double information = 0;
                for (var i = 0; i < x.Length; i++)
                {
                    var mu = Sigmoid(a + x[i]);
                    information += mu * (1 - mu);
                }

                return Finite(a, 1 / Math.Sqrt(information));
            }
        }

        return new Interval(double.NaN, double.NaN, double.NaN);
    }

    private static Interval Finite(double value, double se) =>
        double.IsFinite(value) && double.IsFinite(se)
            ? new Interval(value, value - (Interval.Z95 * se), value + (Interval.Z95 * se))
            : new Interval(double.NaN, double.NaN, double.NaN);

    private static (double H00, double H01, double H11) Information(double[] x, double a, double b)
    {
        double h00 = 0, h01 = 0, h11 = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var mu = Sigmoid(a + (b * x[i]));
            var w = mu * (1 - mu);
            h00 += w;
            h01 += w * x[i];
            h11 += w * x[i] * x[i];
        }

        return (h00, h01, h11);
    }

    private static double Deviance(double[] x, ReadOnlySpan<byte> y, double a, double b)
    {
        double sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var eta = a + (b * x[i]);
            // −log-likelihood of a logistic model, written stably: log(1 + e^η) − yη.
            sum += Softplus(eta) - (y[i] * eta);
        }

        return 2 * sum;
    }

    private static double Softplus(double eta) => eta > 0 ? eta + Math.Log(1 + Math.Exp(-eta)) : Math.Log(1 + Math.Exp(eta));

    private static double Sigmoid(double eta) => eta >= 0 ? 1 / (1 + Math.Exp(-eta)) : Math.Exp(eta) / (1 + Math.Exp(eta));
}
