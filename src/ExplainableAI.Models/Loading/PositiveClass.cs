using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>Resolves <see cref="ModelLoadOptions.PositiveClass"/> against a binary model's two classes.</summary>
internal static class PositiveClass
{
    /// <summary>The index (0 or 1) of the class whose probability the model reports.</summary>
    /// <param name="classes">The model's classes, negative then positive by the model's own convention.</param>
    /// <param name="positiveClass">The class the user calls positive, or <see langword="null"/> for the model's convention.</param>
    /// <param name="path">The model file, for the error.</param>
    /// <returns>0 when the user's positive class is the model's negative class, else 1.</returns>
    public static int Resolve(IReadOnlyList<string> classes, string? positiveClass, string path)
    {
        if (positiveClass is null)
        {
            return 1;
        }

        for (var i = 0; i < classes.Count; i++)
        {
            if (string.Equals(classes[i], positiveClass, StringComparison.OrdinalIgnoreCase))
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
