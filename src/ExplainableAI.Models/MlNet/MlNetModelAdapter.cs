using ExplainableAI.Sdk;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ExplainableAI.Models;

/// <summary>
/// Reads ML.NET models saved with <c>MLContext.Model.Save</c> (<c>.zip</c>). Features are the saved input columns minus the label
/// and ignored columns, in schema order: numbers are numeric, text categorical, booleans boolean; vector inputs are not supported.
/// Rows are fed through an in-memory data view with the saved schema: a missing number is NaN, a missing category is empty
/// text (how ML.NET itself reads an empty text field), a missing boolean is false; integer inputs must not be missing.
/// The label and ignored columns are fed default values, which the scoring part of a pipeline does not read.
/// Binary models report <c>Probability</c> with <c>Score</c> as the margin, multiclass models the <c>Score</c> vector
/// with the label's key values as class names, regressors the <c>Score</c>.
/// When the predictor reads a plain <c>Concatenate</c> of the input columns, FastTree / LightGBM tree models also expose their trees
/// (<see cref="ITreeEnsembleModel"/>, without covers) and linear models their coefficients (<see cref="ILinearModel"/>), both of the
/// <c>Score</c> (the margin before the calibrator for binary models).
/// </summary>
public sealed class MlNetModelAdapter : IModelAdapter
{
    /// <summary>The format name, <c>mlnet</c>.</summary>
    public const string FormatName = "mlnet";

    /// <inheritdoc/>
    public string Format => FormatName;

    /// <inheritdoc/>
    public bool CanLoad(string path) =>
        string.Equals(System.IO.Path.GetExtension(path), ".zip", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public IAuditModel Load(string path, ModelLoadOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        var context = new MLContext();

        // ML.NET finds a saved component's loader only in assemblies it has seen; FastTree may not be loaded yet.
        context.ComponentCatalog.RegisterAssembly(typeof(FastTreeBinaryModelParameters).Assembly);
        ITransformer transformer;
        DataViewSchema inputSchema;
        DataViewSchema outputSchema;
        try
        {
            transformer = context.Model.Load(path, out inputSchema);
            outputSchema = transformer.GetOutputSchema(inputSchema);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidAuditInputException(
                $"not a readable ML.NET model; expected a .zip written by MLContext.Model.Save ({ex.Message})", file: path, innerException: ex);
        }

        var (columns, features) = ReadInputs(inputSchema, options, path);
        var outputs = MlNetOutputs.Read(outputSchema, options, path);
        var viewSchema = BuildSchema(columns);
        var model = new MlNetAuditModel(transformer, viewSchema, columns, features, outputs);
        return MlNetStructure.Expose(model, transformer, viewSchema, columns, outputs.PositiveIndex, path);
    }

    private static (InputColumn[] Columns, ModelFeature[] Features) ReadInputs(DataViewSchema schema, ModelLoadOptions options, string path)
    {
        var columns = new List<InputColumn>();
        var features = new List<ModelFeature>();
        foreach (var column in schema.Where(c => !c.IsHidden))
        {
            if (!options.IsFeature(column.Name))
            {
                columns.Add(new InputColumn(column.Name, column.Type, -1));
                continue;
            }

            var kind = KindOf(column.Type)
                ?? throw new InvalidAuditInputException(
                    column.Type is VectorDataViewType
                        ? $"the model's input '{column.Name}' is a vector ({column.Type}); only one value per column is supported — list it in the ignored columns if it is not a feature"
                        : $"the model's input '{column.Name}' has type {column.Type}; expected Single, Double, Int32, Int64, Boolean or text",
                    file: path, field: column.Name);
            columns.Add(new InputColumn(column.Name, column.Type, features.Count));
            features.Add(new ModelFeature(column.Name, kind));
        }

        if (features.Count == 0)
        {
            throw new InvalidAuditInputException("the model has no feature inputs once the label and ignored columns are removed", file: path);
        }

        return ([.. columns], [.. features]);
    }

    private static ColumnKind? KindOf(DataViewType type) => type switch
    {
        NumberDataViewType n when n.RawType == typeof(float) || n.RawType == typeof(double)
            || n.RawType == typeof(int) || n.RawType == typeof(long) => ColumnKind.Numeric,
        TextDataViewType => ColumnKind.Categorical,
        BooleanDataViewType => ColumnKind.Boolean,
        _ => null,
    };

    private static DataViewSchema BuildSchema(IEnumerable<InputColumn> columns)
    {
        var builder = new DataViewSchema.Builder();
        foreach (var column in columns)
        {
            builder.AddColumn(column.Name, column.Type);
        }

        return builder.ToSchema();
    }
}
