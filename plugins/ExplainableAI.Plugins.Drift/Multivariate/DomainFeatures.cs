using ExplainableAI.Plugins.Drift.Columns;

namespace ExplainableAI.Plugins.Drift.Multivariate;

/// <summary>
/// The domain classifier's design matrix: reference rows then current rows, numeric columns standardised over the pooled
/// rows (missing as 0 with a missing indicator), categorical and boolean columns one-hot by level name.
/// </summary>
internal sealed class DomainFeatures
{
    private const int MaxLevels = 20;

    private DomainFeatures(double[] values, int width, bool[] isCurrent, List<string> sourceColumns)
    {
        Values = values;
        Width = width;
        IsCurrent = isCurrent;
        SourceColumns = sourceColumns;
    }

    /// <summary>Row-major values.</summary>
    public double[] Values { get; }

    /// <summary>Encoded features per row.</summary>
    public int Width { get; }

    /// <summary>Whether each row comes from the current data.</summary>
    public bool[] IsCurrent { get; }

    /// <summary>The data column each encoded feature comes from.</summary>
    public List<string> SourceColumns { get; }

    /// <summary>The number of rows.</summary>
    public int Rows => IsCurrent.Length;

    /// <summary>Encodes the sampled rows.</summary>
    public static DomainFeatures Build(IReadOnlyList<ColumnPair> pairs, int[] referenceRows, int[] currentRows)
    {
        var rows = referenceRows.Length + currentRows.Length;
        var encoders = new List<Func<DataColumn, int, double>>();
        var sources = new List<string>();
        var columnsOf = new List<ColumnPair>();
        foreach (var pair in pairs)
        {
            if (pair.Current.Kind == ColumnKind.Numeric)
            {
                double sum = 0, squares = 0, count = 0, missing = 0;
                foreach (var (column, selected) in new[] { (pair.Reference, referenceRows), (pair.Current, currentRows) })
                {
                    foreach (var r in selected)
                    {
                        var v = column.Values[r];
                        if (double.IsNaN(v))
                        {
                            missing++;
                            continue;
                        }

                        sum += v;
                        squares += v * v;
                        count++;
                    }
                }

                if (count > 0)
                {
                    var mean = sum / count;
                    var sd = Math.Sqrt(Math.Max((squares / count) - (mean * mean), 0));
                    var scale = sd > 0 ? sd : 1;
                    encoders.Add((column, r) => double.IsNaN(column.Values[r]) ? 0 : (column.Values[r] - mean) / scale);
                    sources.Add(pair.Name);
                    columnsOf.Add(pair);
                }

                if (missing > 0)
                {
                    encoders.Add((column, r) => double.IsNaN(column.Values[r]) ? 1 : 0);
                    sources.Add(pair.Name);
                    columnsOf.Add(pair);
                }

                continue;
            }

            var levels = pair.Reference.Levels.Union(pair.Current.Levels, StringComparer.Ordinal).ToList();
            if (levels.Count > MaxLevels)
            {
                continue;
            }

            foreach (var level in levels)
            {
                encoders.Add((column, r) => !double.IsNaN(column.Values[r]) && column.Levels[(int)column.Values[r]] == level ? 1 : 0);
                sources.Add(pair.Name);
                columnsOf.Add(pair);
            }
        }

        var width = encoders.Count;
        var values = new double[rows * width];
        var isCurrent = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            var current = i >= referenceRows.Length;
            isCurrent[i] = current;
            var r = current ? currentRows[i - referenceRows.Length] : referenceRows[i];
            for (var f = 0; f < width; f++)
            {
                var column = current ? columnsOf[f].Current : columnsOf[f].Reference;
                values[(i * width) + f] = encoders[f](column, r);
            }
        }

        return new DomainFeatures(values, width, isCurrent, sources);
    }
}
