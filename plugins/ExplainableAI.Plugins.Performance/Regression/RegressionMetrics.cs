using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Plugins.Performance;

/// <summary>
/// Errors of a regressor: MAE = mean |y − ŷ| and RMSE = √(mean (y − ŷ)²), with 95% normal-approximation intervals (for
/// RMSE the square roots of the MSE interval's bounds), and R² = 1 − SS_res / SS_tot (scikit-learn's <c>r2_score</c>;
/// undefined when the label is constant).
/// </summary>
/// <param name="Mae">Mean absolute error.</param>
/// <param name="Rmse">Root mean squared error.</param>
/// <param name="R2">Coefficient of determination.</param>
/// <param name="Count">Rows used.</param>
internal sealed record RegressionMetrics(Interval Mae, Interval Rmse, double R2, int Count)
{
    /// <summary>Computes the metrics over rows where both values are present.</summary>
    /// <param name="actual">The label.</param>
    /// <param name="predicted">The predictions.</param>
    /// <returns>The metrics.</returns>
    public static RegressionMetrics Compute(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        var n = 0;
        double sumAbs = 0, sumSq = 0, sumY = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            if (!double.IsNaN(actual[i]) && !double.IsNaN(predicted[i]))
            {
                var e = actual[i] - predicted[i];
                sumAbs += Math.Abs(e);
                sumSq += e * e;
                sumY += actual[i];
                n++;
            }
        }

        if (n == 0)
        {
            return new RegressionMetrics(Interval.PointOnly(double.NaN), Interval.PointOnly(double.NaN), double.NaN, 0);
        }

        double mae = sumAbs / n, mse = sumSq / n, meanY = sumY / n;
        double varAbs = 0, varSq = 0, ssTot = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            if (!double.IsNaN(actual[i]) && !double.IsNaN(predicted[i]))
            {
                var e = actual[i] - predicted[i];
                varAbs += (Math.Abs(e) - mae) * (Math.Abs(e) - mae);
                varSq += ((e * e) - mse) * ((e * e) - mse);
                ssTot += (actual[i] - meanY) * (actual[i] - meanY);
            }
        }

        var r2 = ssTot == 0 ? double.NaN : 1 - (sumSq / ssTot);
        if (n < 2)
        {
            return new RegressionMetrics(Interval.PointOnly(mae), Interval.PointOnly(Math.Sqrt(mse)), r2, n);
        }

        var halfAbs = Interval.Z95 * Math.Sqrt(varAbs / (n - 1) / n);
        var halfSq = Interval.Z95 * Math.Sqrt(varSq / (n - 1) / n);
        return new RegressionMetrics(
            new Interval(mae, Math.Max(0, mae - halfAbs), mae + halfAbs),
            new Interval(Math.Sqrt(mse), Math.Sqrt(Math.Max(0, mse - halfSq)), Math.Sqrt(mse + halfSq)),
            r2,
            n);
    }
}
