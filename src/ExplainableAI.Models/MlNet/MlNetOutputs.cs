using System.Globalization;
using ExplainableAI.Sdk;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ExplainableAI.Models;

/// <summary>
/// Which scored columns of an ML.NET model hold its predictions, and what they mean. ML.NET's scorers name them
/// <c>Score</c>, <c>Probability</c> and <c>PredictedLabel</c>: binary models have a scalar probability, multiclass models a
/// score vector of class probabilities, regressors a scalar score only.
/// </summary>
/// <param name="Task">The model's task.</param>
/// <param name="Classes">The classes as <see cref="IAuditModel.Classes"/> orders them.</param>
/// <param name="OutputNames">The prediction names per row.</param>
/// <param name="PositiveIndex">For binary models, 1 when the reported probability is ML.NET's <c>true</c> class, 0 when it is <c>false</c>.</param>
internal sealed record MlNetOutputs(ModelTask Task, string[] Classes, string[] OutputNames, int PositiveIndex)
{
    public const string Score = "Score";
    public const string Probability = "Probability";
    public const string PredictedLabel = "PredictedLabel";

    public static MlNetOutputs Read(DataViewSchema schema, ModelLoadOptions options, string path)
    {
        var score = schema.GetColumnOrNull(Score);
        var probability = schema.GetColumnOrNull(Probability);
        var predicted = schema.GetColumnOrNull(PredictedLabel);
        ModelTask? inferred = score?.Type switch
        {
            VectorDataViewType { ItemType: NumberDataViewType, Size: > 1 } v when v.ItemType.RawType == typeof(float) => ModelTask.MulticlassClassification,
            NumberDataViewType n when n.RawType == typeof(float) && predicted?.Type is BooleanDataViewType => ModelTask.BinaryClassification,
            NumberDataViewType n when n.RawType == typeof(float) && predicted is null => ModelTask.Regression,
            _ => null,
        };
        var task = options.Task ?? inferred
            ?? throw new InvalidAuditInputException(
                "the model's outputs are not those of an ML.NET binary classifier, multiclass classifier or regressor; expected a 'Score' column (with 'Probability' for binary models)",
                file: path);
        if (inferred != task)
        {
            throw new InvalidAuditInputException(
                $"the model's outputs do not fit the task {task}; its Score is {score?.Type.ToString() ?? "missing"}", file: path, field: "task");
        }

        switch (task)
        {
            case ModelTask.BinaryClassification:
                if (probability?.Type is not NumberDataViewType p || p.RawType != typeof(float))
                {
                    throw new InvalidAuditInputException(
                        "the binary classifier has no 'Probability' output (it is not calibrated); train it with a calibrated trainer or append a calibrator",
                        file: path);
                }

                string[] booleans = ["false", "true"];
                var positive = PositiveClass.Resolve(booleans, ColumnKind.Boolean, options.PositiveClass, path);
                return new MlNetOutputs(task, PositiveClass.Order(booleans, positive), ["probability"], positive);
            case ModelTask.MulticlassClassification:
                var classes = ClassNames(schema, ((VectorDataViewType)score!.Value.Type).Size);
                return new MlNetOutputs(task, classes, [.. classes.Select(c => "probability_" + c)], 1);
            default:
                return new MlNetOutputs(task, [], ["prediction"], 1);
        }
    }

    // Score slot i is the class with key i + 1; its name is in the Score's slot names or the key's values.
    private static string[] ClassNames(DataViewSchema schema, int count)
    {
        var score = schema[Score];
        var names = ReadNames(score.Annotations, "SlotNames", count);
        for (var i = schema.Count - 1; names is null && i >= 0; i--)
        {
            if (schema[i].Name == PredictedLabel && schema[i].Type is KeyDataViewType)
            {
                names = ReadNames(schema[i].Annotations, "KeyValues", count);
            }
        }

        return names ?? [.. Enumerable.Range(0, count).Select(i => i.ToString(CultureInfo.InvariantCulture))];
    }

    private static string[]? ReadNames(DataViewSchema.Annotations annotations, string kind, int count)
    {
        var column = annotations.Schema.GetColumnOrNull(kind);
        if (column?.Type is not VectorDataViewType vector || vector.Size != count)
        {
            return null;
        }

        var raw = vector.ItemType.RawType;
        return raw == typeof(ReadOnlyMemory<char>) ? Read<ReadOnlyMemory<char>>(annotations, kind, v => v.ToString())
            : raw == typeof(float) ? Read<float>(annotations, kind, v => v.ToString(CultureInfo.InvariantCulture))
            : raw == typeof(double) ? Read<double>(annotations, kind, v => v.ToString(CultureInfo.InvariantCulture))
            : raw == typeof(int) ? Read<int>(annotations, kind, v => v.ToString(CultureInfo.InvariantCulture))
            : raw == typeof(uint) ? Read<uint>(annotations, kind, v => v.ToString(CultureInfo.InvariantCulture))
            : raw == typeof(long) ? Read<long>(annotations, kind, v => v.ToString(CultureInfo.InvariantCulture))
            : raw == typeof(bool) ? Read<bool>(annotations, kind, v => v ? "true" : "false")
            : null;
    }

    private static string[] Read<T>(DataViewSchema.Annotations annotations, string kind, Func<T, string> format)
    {
        var buffer = default(VBuffer<T>);
        annotations.GetValue(kind, ref buffer);
        return [.. buffer.DenseValues().Select(format)];
    }
}
