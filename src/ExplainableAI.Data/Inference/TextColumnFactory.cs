using ExplainableAI.Sdk;

namespace ExplainableAI.Data.Inference;

/// <summary>Turns a column of text codes (from a <see cref="LevelTable"/>) into a boolean or categorical column.</summary>
internal static class TextColumnFactory
{
    /// <summary>
    /// Makes a boolean column when every level is "true" or "false" (ignoring case) and <paramref name="kind"/> allows it,
    /// otherwise a categorical one. Only true/false count as boolean: yes/no, 0/1 and similar are deliberately left to
    /// the user's override, because guessing them wrongly would silently change a clinical variable's meaning.
    /// </summary>
    /// <param name="name">The column name.</param>
    /// <param name="codes">Level codes per row, NaN when missing; rewritten in place for a boolean column.</param>
    /// <param name="levels">The levels in order of first appearance.</param>
    /// <param name="kind">The kind to produce, or <see langword="null"/> to infer it.</param>
    /// <param name="fail">Called with the first non-boolean level when <paramref name="kind"/> demands a boolean column.</param>
    /// <returns>The column.</returns>
    public static DataColumn Create(string name, double[] codes, IReadOnlyList<string> levels, ColumnKind? kind, Action<string> fail)
    {
        if (kind is null or ColumnKind.Boolean)
        {
            var map = new double[levels.Count];
            string? offender = null;
            for (var i = 0; i < levels.Count; i++)
            {
                if (levels[i].Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    map[i] = 1;
                }
                else if (levels[i].Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    map[i] = 0;
                }
                else
                {
                    offender = levels[i];
                    break;
                }
            }

            if (offender is null && levels.Count > 0)
            {
                for (var row = 0; row < codes.Length; row++)
                {
                    if (!double.IsNaN(codes[row]))
                    {
                        codes[row] = map[(int)codes[row]];
                    }
                }

                return new DataColumn(name, ColumnKind.Boolean, codes);
            }

            if (kind == ColumnKind.Boolean)
            {
                if (offender is not null)
                {
                    fail(offender);
                }

                // Every value is missing: an all-missing boolean column is still a valid boolean column.
                return new DataColumn(name, ColumnKind.Boolean, codes);
            }
        }

        return new DataColumn(name, ColumnKind.Categorical, codes, levels);
    }
}
