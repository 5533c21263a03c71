using ExplainableAI.Sdk;

namespace ExplainableAI.Data.Inference;

/// <summary>Matches the user's declared column types to the columns of a file.</summary>
internal static class ColumnOverrides
{
    /// <summary>The declared kind of each column, by position; <see langword="null"/> where the kind is inferred.</summary>
    /// <param name="declared">Declared kinds by column name, if any.</param>
    /// <param name="names">The file's column names in order.</param>
    /// <param name="path">The file, for error messages.</param>
    /// <returns>One entry per column.</returns>
    /// <exception cref="InvalidAuditInputException">A declared column is not in the file.</exception>
    public static ColumnKind?[] Resolve(IReadOnlyDictionary<string, ColumnKind>? declared, IReadOnlyList<string> names, string path)
    {
        var kinds = new ColumnKind?[names.Count];
        if (declared is null)
        {
            return kinds;
        }

        foreach (var (name, kind) in declared)
        {
            var index = -1;
            for (var c = 0; c < names.Count; c++)
            {
                if (string.Equals(names[c], name, StringComparison.Ordinal))
                {
                    index = c;
                    break;
                }
            }

            if (index < 0)
            {
                throw new InvalidAuditInputException(
                    $"A column type is declared for '{name}', which is not a column of the file; expected one of: {string.Join(", ", names)}.",
                    path,
                    field: name);
            }

            kinds[index] = kind;
        }

        return kinds;
    }
}
