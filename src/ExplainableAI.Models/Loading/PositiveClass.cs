using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;

namespace ExplainableAI.Models;

/// <summary>Resolves <see cref="ModelLoadOptions.PositiveClass"/> against a binary model's two classes.</summary>
internal static class PositiveClass
{
    /// <summary>The index (0 or 1) of the class whose probability the model reports.</summary>
    /// <param name="classes">The model's classes, negative then positive by the model's own convention.</param>
    /// <param name="kind">
    /// What the classes are: <see cref="ColumnKind.Boolean"/> for ML.NET's false/true (and ONNX models exported from
    /// ML.NET), <see cref="ColumnKind.Numeric"/> for the 0/1 of XGBoost, LightGBM and other ONNX classifiers.
    /// </param>
    /// <param name="positiveClass">The class the user calls positive, or <see langword="null"/> for the model's convention.</param>
    /// <param name="path">The model file, for the error.</param>
    /// <returns>0 when the user's positive class is the model's negative class, else 1.</returns>
    /// <remarks>
    /// Matched by <see cref="BinaryLabel.Denotes"/>, the rule the label column is read with, so a positive class picks
    /// the same side of the model as of the data: <c>True</c> and <c>true</c> both name ML.NET's true class.
    /// </remarks>
    public static int Resolve(IReadOnlyList<string> classes, ColumnKind kind, string? positiveClass, string path)
    {
        if (positiveClass is null)
        {
            return 1;
        }

        for (var i = 0; i < classes.Count; i++)
        {
            if (BinaryLabel.Denotes(positiveClass, kind, i, classes[i]))
            {
                return i;
            }
        }

        throw new InvalidAuditInputException(
            $"the positive class '{positiveClass}' is not one of the model's classes ({string.Join(", ", classes)})",
            file: path, field: "positive_class");
    }

    /// <summary>The classes in the order <see cref="IAuditModel.Classes"/> promises: negative, then positive.</summary>
    /// <param name="classes">The model's two classes.</param>
    /// <param name="positiveIndex">The index returned by <see cref="Resolve"/>.</param>
    /// <returns>The ordered classes.</returns>
    public static string[] Order(IReadOnlyList<string> classes, int positiveIndex) =>
        positiveIndex == 1 ? [classes[0], classes[1]] : [classes[1], classes[0]];
}
