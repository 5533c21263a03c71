namespace ExplainableAI.Sdk;

/// <summary>
/// Model input: rows × features in row-major order, in the model's feature order. Numbers are themselves, booleans 0/1,
/// categories the index into <see cref="LevelsOf"/> for that feature; NaN is missing. Explainers build perturbed
/// copies of it, so it is a plain array that can be filled without allocation per row.
/// </summary>
public sealed class FeatureMatrix
{
    private readonly IReadOnlyList<IReadOnlyList<string>> levels;

    /// <summary>Creates a matrix over existing values.</summary>
    /// <param name="features">The model's features, in order.</param>
    /// <param name="values">Row-major values; length must be a multiple of the feature count.</param>
    /// <param name="levels">Per feature, the level names for categorical features (empty for others).</param>
    public FeatureMatrix(IReadOnlyList<ModelFeature> features, double[] values, IReadOnlyList<IReadOnlyList<string>> levels)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(levels);
        if (features.Count == 0)
        {
            throw new ArgumentException("A model needs at least one feature.", nameof(features));
        }

        if (values.Length % features.Count != 0)
        {
            throw new ArgumentException($"{values.Length} values do not fill rows of {features.Count} features.", nameof(values));
        }

        if (levels.Count != features.Count)
        {
            throw new ArgumentException("One level list is needed per feature.", nameof(levels));
        }

        Features = features;
        Values = values;
        this.levels = levels;
        RowCount = values.Length / features.Count;
    }

    /// <summary>The features, in model order.</summary>
    public IReadOnlyList<ModelFeature> Features { get; }

    /// <summary>Row-major values (writable, so explainers can perturb a copy in place).</summary>
    public double[] Values { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>One row's values.</summary>
    /// <param name="row">Zero-based row.</param>
    /// <returns>The row, one value per feature.</returns>
    public ReadOnlySpan<double> Row(int row) => Values.AsSpan(row * Features.Count, Features.Count);

    /// <summary>The level names of a categorical feature (empty for other kinds).</summary>
    /// <param name="feature">Feature index.</param>
    /// <returns>Level names indexed by value.</returns>
    public IReadOnlyList<string> LevelsOf(int feature) => levels[feature];

    /// <summary>A matrix with the same features and levels over other values (for perturbed copies).</summary>
    /// <param name="values">Row-major values.</param>
    /// <returns>The new matrix.</returns>
    public FeatureMatrix WithValues(double[] values) => new(Features, values, levels);

    /// <summary>
    /// Builds the model input from a dataset, mapping features to columns by name.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="features">The model's features.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="InvalidAuditInputException">A feature has no column, or the column's type cannot feed it.</exception>
    public static FeatureMatrix FromData(TabularData data, IReadOnlyList<ModelFeature> features)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(features);
        var width = features.Count;
        var rows = data.RowCount;
        var values = new double[rows * width];
        var levels = new IReadOnlyList<string>[width];
        for (var f = 0; f < width; f++)
        {
            var feature = features[f];
            if (!data.TryGetColumn(feature.Name, out var column))
            {
                throw new InvalidAuditInputException(
                    $"the model expects column '{feature.Name}' but the data has no such column",
                    file: data.Path ?? data.Name, field: feature.Name);
            }

            levels[f] = [];
            var source = column.Values;
            switch (feature.Kind, column.Kind)
            {
                case (ColumnKind.Numeric or ColumnKind.Boolean, ColumnKind.Numeric or ColumnKind.Boolean):
                    for (var r = 0; r < rows; r++)
                    {
                        values[(r * width) + f] = source[r];
                    }

                    break;
                case (ColumnKind.Categorical, ColumnKind.Categorical or ColumnKind.Boolean):
                    levels[f] = column.Levels;
                    for (var r = 0; r < rows; r++)
                    {
                        values[(r * width) + f] = source[r];
                    }

                    break;
                case (ColumnKind.Categorical, ColumnKind.Numeric):
                    levels[f] = RecodeNumbersAsLevels(column, values, f, width);
                    break;
                default:
                    throw new InvalidAuditInputException(
                        $"the model expects {feature.Kind.ToString().ToLowerInvariant()} values in column '{feature.Name}' but the data's column is {column.Kind.ToString().ToLowerInvariant()}",
                        file: data.Path ?? data.Name, field: feature.Name);
            }
        }

        return new FeatureMatrix(features, values, levels);
    }

    // A model may treat codes such as ward numbers as text; the data loader read them as numbers.
    private static List<string> RecodeNumbersAsLevels(DataColumn column, double[] values, int f, int width)
    {
        var levelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        for (var r = 0; r < column.Length; r++)
        {
            var text = column.FormatValue(r);
            if (text is null)
            {
                values[(r * width) + f] = double.NaN;
                continue;
            }

            if (!levelIndex.TryGetValue(text, out var index))
            {
                index = names.Count;
                levelIndex.Add(text, index);
                names.Add(text);
            }

            values[(r * width) + f] = index;
        }

        return names;
    }
}
