using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>Small models and matrices for the model-agnostic engines.</summary>
internal static class Models
{
    public static ModelFeature[] Features(int count) => [.. Enumerable.Range(0, count).Select(i => new ModelFeature("x" + i, ColumnKind.Numeric))];

    /// <summary>
    /// A regressor f(x) = sin(x_0) + Σ 0.3(i+1) x_i + Σ x_i x_{i+1} + tanh(Σ x_i): interactions of every order (the tanh term), since
    /// antithetic permutations and paired kernel sampling are already exact for games with interactions of order two at most.
    /// </summary>
    public static DelegateModel Nonlinear(int d) => new(Features(d), x =>
    {
        var sum = Math.Sin(x[0]);
        for (var i = 0; i < d; i++)
        {
            sum += (i + 1) * 0.3 * x[i];
            if (i + 1 < d)
            {
                sum += x[i] * x[i + 1];
            }
        }

        var total = 0.0;
        foreach (var v in x)
        {
            total += v;
        }

        return sum + (2 * Math.Tanh(0.5 * total));
    }, ModelTask.Regression);

    public static FeatureMatrix Random(int rows, int d, int seed)
    {
        var random = new Random(seed);
        var values = new double[rows * d];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (random.NextDouble() * 4) - 2;
        }

        return Matrix(d, values);
    }

    public static FeatureMatrix Matrix(int d, double[] values) =>
        new(Features(d), values, [.. Enumerable.Range(0, d).Select(_ => (IReadOnlyList<string>)[])]);

    /// <summary>One row of a model's input.</summary>
    public static FeatureMatrix MatrixOf(IAuditModel model, params double[] row) =>
        new(model.Features, row, [.. model.Features.Select(_ => (IReadOnlyList<string>)[])]);

    /// <summary>Seeded standard normal values (Box–Muller).</summary>
    public static double[] Normals(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))];
    }

    /// <summary>A dataset with one numeric column per feature of a matrix.</summary>
    public static TabularData Table(FeatureMatrix matrix) =>
        TestData.Table([.. Enumerable.Range(0, matrix.Features.Count).Select(f => TestData.Numeric(matrix.Features[f].Name, [.. Enumerable.Range(0, matrix.RowCount).Select(r => matrix.Row(r)[f])]))]);
}
