using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Plugins.Robustness.Tests;

/// <summary>Models whose answers are known by construction.</summary>
internal static class Models
{
    public static ModelFeature Number(string name) => new(name, ColumnKind.Numeric);

    /// <summary>A model over numeric features scoring each row by a function of its values.</summary>
    public static DelegateModel Of(Func<double[], double> score, params string[] features) =>
        new([.. features.Select(Number)], row => score(row.ToArray()));

    /// <summary>Score = x / 10, unclipped: a linear model whose decision at 0.5 flips exactly at x = 5.</summary>
    public static DelegateModel Linear(string feature = "x") => Of(r => r[0] / 10, feature);
}
