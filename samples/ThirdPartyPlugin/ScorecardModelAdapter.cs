using System.Globalization;
using System.Text.Json;
using ExplainableAI.Sdk;

namespace Contoso.Xai.CohortSize;

/// <summary>
/// Sample model adapter contributed by a plugin: reads a points-based clinical scorecard (<c>.scorecard.json</c>) of the
/// form <c>{"intercept": -3.0, "weights": {"lactate": 0.8, "age": 0.02}}</c>, a logistic model whose probability is
/// 1 / (1 + exp(-(intercept + Σ weight·value))). It shows that a new model format is a plugin, not a change to the host.
/// </summary>
[ModelAdapter]
public sealed class ScorecardModelAdapter : IModelAdapter
{
    /// <inheritdoc />
    public string Format => "scorecard";

    /// <inheritdoc />
    public bool CanLoad(string path) => path.EndsWith(".scorecard.json", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IAuditModel Load(string path, ModelLoadOptions options)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        if (!root.TryGetProperty("intercept", out var intercept) || !root.TryGetProperty("weights", out var weights) || weights.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidAuditInputException("expected a scorecard with 'intercept' and an object of 'weights'", file: path);
        }

        var names = weights.EnumerateObject().Select(p => p.Name).ToList();
        var coefficients = weights.EnumerateObject().Select(p => p.Value.GetDouble()).ToArray();
        return new ScorecardModel(intercept.GetDouble(), names.Select(n => new ModelFeature(n, ColumnKind.Numeric)).ToList(), coefficients);
    }

    private sealed class ScorecardModel(double intercept, IReadOnlyList<ModelFeature> features, double[] weights) : IAuditModel
    {
        public string Format => "scorecard";

        public ModelTask Task => ModelTask.BinaryClassification;

        public IReadOnlyList<ModelFeature> Features => features;

        public IReadOnlyList<string> Classes => ["false", "true"];

        public bool HasMargin => true;

        public Predictions Predict(FeatureMatrix input, CancellationToken cancellationToken)
        {
            var probabilities = new double[input.RowCount];
            var margins = new double[input.RowCount];
            for (var r = 0; r < input.RowCount; r++)
            {
                var row = input.Row(r);
                var margin = intercept;
                for (var f = 0; f < weights.Length; f++)
                {
                    // A scorecard awards no points for a value that was not measured.
                    margin += double.IsNaN(row[f]) ? 0 : weights[f] * row[f];
                }

                margins[r] = margin;
                probabilities[r] = 1 / (1 + Math.Exp(-margin));
            }

            return new Predictions(ModelTask.BinaryClassification, input.RowCount, ["probability"], probabilities, margins);
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"scorecard with {weights.Length} weights");
    }
}
