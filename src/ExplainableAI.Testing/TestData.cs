using ExplainableAI.Sdk;

namespace ExplainableAI.Testing;

/// <summary>Builds small datasets for check tests, column by column.</summary>
public static class TestData
{
    /// <summary>A numeric column; use <see cref="double.NaN"/> for missing values.</summary>
    /// <param name="name">Column name.</param>
    /// <param name="values">Values.</param>
    /// <returns>The column.</returns>
    public static DataColumn Numeric(string name, params double[] values) => new(name, ColumnKind.Numeric, values);

    /// <summary>A categorical column; use <see langword="null"/> for missing values. Levels follow first appearance.</summary>
    /// <param name="name">Column name.</param>
    /// <param name="values">Values.</param>
    /// <returns>The column.</returns>
    public static DataColumn Categorical(string name, params string?[] values)
    {
        var levels = new List<string>();
        var codes = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } value)
            {
                codes[i] = double.NaN;
                continue;
            }

            var index = levels.IndexOf(value);
            if (index < 0)
            {
                index = levels.Count;
                levels.Add(value);
            }

            codes[i] = index;
        }

        return new DataColumn(name, ColumnKind.Categorical, codes, levels);
    }

    /// <summary>A boolean column; use <see langword="null"/> for missing values.</summary>
    /// <param name="name">Column name.</param>
    /// <param name="values">Values.</param>
    /// <returns>The column.</returns>
    public static DataColumn Boolean(string name, params bool?[] values) =>
        new(name, ColumnKind.Boolean, values.Select(v => v is null ? double.NaN : v.Value ? 1.0 : 0.0).ToArray());

    /// <summary>A dataset from columns.</summary>
    /// <param name="columns">The columns, all of one length.</param>
    /// <returns>The dataset.</returns>
    public static TabularData Table(params DataColumn[] columns) => new("test-data", columns);
}
