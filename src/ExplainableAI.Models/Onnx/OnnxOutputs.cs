using System.Globalization;
using ExplainableAI.Sdk;
using Microsoft.ML.OnnxRuntime;

namespace ExplainableAI.Models;

/// <summary>
/// Which outputs of an ONNX graph hold the predictions. ML.NET's exporter names them after the scored columns
/// (<c>Probability.output</c>, <c>Score.output</c>); other converters use generic names (<c>probabilities</c>, <c>variable</c>).
/// </summary>
/// <param name="Task">The model's task.</param>
/// <param name="Classes">The classes as <see cref="IAuditModel.Classes"/> orders them.</param>
/// <param name="OutputNames">The prediction names per row.</param>
/// <param name="Value">The graph output holding the probabilities or the predicted value.</param>
/// <param name="ValueWidth">Values per row in <paramref name="Value"/>.</param>
/// <param name="ValueOffset">For binary models, which of the <paramref name="ValueWidth"/> values is the positive class's probability.</param>
/// <param name="Margin">The graph output holding a binary model's raw score, or <see langword="null"/>.</param>
/// <param name="Flip">Whether the positive class is the model's first class, so a one-column probability is 1 − p and the margin −s.</param>
internal sealed record OnnxOutputs(
    ModelTask Task, string[] Classes, string[] OutputNames, string Value, int ValueWidth, int ValueOffset, string? Margin, bool Flip)
{
    private const string MlNetProbability = "Probability.output";
    private const string MlNetScore = "Score.output";
    private static readonly string[] ProbabilityNames = [MlNetProbability, "probability", "probabilities", "output_probability"];
    private static readonly string[] ScoreNames = [MlNetScore, "score", "scores", "variable"];

    public static OnnxOutputs Read(IReadOnlyDictionary<string, NodeMetadata> metadata, ModelLoadOptions options, string path)
    {
        var probability = Find(metadata, ProbabilityNames, path);
        var score = Find(metadata, ScoreNames, path);
        if (probability is null && score is null)
        {
            throw new InvalidAuditInputException(
                $"the model has no probability or score output; expected {Supported}; the model's outputs are {Found(metadata)}", file: path);
        }

        var probabilityWidth = probability is null ? 0 : Width(metadata[probability]);
        var scoreWidth = score is null ? 0 : Width(metadata[score]);
        var task = options.Task
            ?? (probability is not null ? (probabilityWidth is 1 or 2 ? ModelTask.BinaryClassification : ModelTask.MulticlassClassification)
                : scoreWidth > 1 ? ModelTask.MulticlassClassification
                : ModelTask.Regression);
        switch (task)
        {
            case ModelTask.BinaryClassification:
                if (probability is null || probabilityWidth is not (1 or 2))
                {
                    throw new InvalidAuditInputException(
                        $"a binary classifier needs a probability output shaped [N, 1] or [N] (P(positive)) or [N, 2] (one column per class); the model's outputs are {Found(metadata)}",
                        file: path, field: probability);
                }

                var (classes, kind) = probability == MlNetProbability
                    ? (new[] { "false", "true" }, ColumnKind.Boolean)
                    : (new[] { "0", "1" }, ColumnKind.Numeric);
                var positive = PositiveClass.Resolve(classes, kind, options.PositiveClass, path);
                var margin = probabilityWidth == 1 && scoreWidth == 1 ? score : null;
                return new OnnxOutputs(
                    task, PositiveClass.Order(classes, positive), ["probability"], probability, probabilityWidth,
                    probabilityWidth == 2 ? positive : 0, margin, probabilityWidth == 1 && positive == 0);
            case ModelTask.MulticlassClassification:
                var (output, width) = probability is not null && probabilityWidth > 2 ? (probability, probabilityWidth)
                    : score is not null && scoreWidth > 1 ? (score, scoreWidth)
                    : throw new InvalidAuditInputException(
                        $"a multiclass classifier needs a probability or score output shaped [N, k], one column per class, with k fixed; the model's outputs are {Found(metadata)}",
                        file: path);
                string[] labels = [.. Enumerable.Range(0, width).Select(i => i.ToString(CultureInfo.InvariantCulture))];
                return new OnnxOutputs(task, labels, [.. labels.Select(l => "probability_" + l)], output, width, 0, null, false);
            default:
                if (score is null || scoreWidth != 1)
                {
                    throw new InvalidAuditInputException(
                        $"a regressor needs a score output shaped [N, 1] or [N] ({string.Join(", ", ScoreNames)}); the model's outputs are {Found(metadata)}", file: path);
                }

                return new OnnxOutputs(task, [], ["prediction"], score, 1, 0, null, false);
        }
    }

    private static string Supported =>
        $"a probability tensor ({string.Join(", ", ProbabilityNames)}) shaped [N, 1] or [N] for P(positive), [N, 2] for a binary or [N, k] for a multiclass classifier, "
        + $"or a score tensor ({string.Join(", ", ScoreNames)}) shaped [N, 1] or [N] for a regressor; a predicted label alone cannot be audited";

    // Every output with its shape and type, so the user sees what the exporter wrote.
    private static string Found(IReadOnlyDictionary<string, NodeMetadata> metadata) =>
        string.Join(", ", metadata.Select(o => $"{o.Key} {OnnxShape.Describe(o.Value)}"));

    private static string? Find(IReadOnlyDictionary<string, NodeMetadata> metadata, string[] candidates, string path)
    {
        foreach (var candidate in candidates)
        {
            var name = metadata.Keys.FirstOrDefault(k => string.Equals(k, candidate, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                continue;
            }

            var node = metadata[name];
            if (!node.IsTensor)
            {
                throw new InvalidAuditInputException(
                    $"the output '{name}' is {OnnxShape.Describe(node)} (sklearn-onnx's ZipMap?), which is not supported; export the classifier with plain probability tensors (sklearn-onnx: options={{'zipmap': False}})",
                    file: path, field: name);
            }

            if (node.ElementType != typeof(float) && node.ElementType != typeof(double))
            {
                throw new InvalidAuditInputException(
                    $"the output '{name}' is {OnnxShape.Describe(node)}; expected float or double numbers", file: path, field: name);
            }

            return name;
        }

        return null;
    }

    // Values per row of an output shaped [N] or [N, k]; 0 for any other shape, or when k is not fixed.
    private static int Width(NodeMetadata node) => node.Dimensions switch
    {
        [_] => 1,
        [_, > 0 and var k] => k,
        _ => 0,
    };
}
