using System.Text.Json;
using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// Which data columns fill a single [N, d] feature tensor, in tensor order. ONNX has no standard place for feature names
/// (sklearn-onnx, PyTorch and Keras write none), so the order is either declared by the user (<see cref="ModelLoadOptions.InputColumns"/>,
/// the manifest's <c>model.inputs</c>) or read from the model-level metadata property <see cref="MetadataKey"/>, which holds a
/// comma-separated list (<c>age,lactate</c>, the form commonly added with <c>onnx.helper.set_model_props</c>) or a JSON array of strings.
/// </summary>
/// <param name="Names">The column names, in tensor order.</param>
/// <param name="Source">Where they came from, for messages.</param>
internal sealed record OnnxFeatureOrder(string[] Names, string Source)
{
    /// <summary>The metadata key (<c>ModelProto.metadata_props</c>) holding the feature names; matched case-insensitively.</summary>
    public const string MetadataKey = "feature_names";

    /// <summary>How a user declares the order, quoted by the errors.</summary>
    public const string HowToDeclare =
        "list the columns in tensor order as model.inputs in the manifest (--model-inputs on the command line), or store them in the model's metadata_props as feature_names (comma-separated or a JSON array)";

    private const string DeclaredSource = "model.inputs";
    private const string MetadataSource = "the model's feature_names metadata";

    /// <summary>The declared order, else the model's metadata, else <see langword="null"/>; both present must agree.</summary>
    /// <param name="metadata">The model's custom metadata.</param>
    /// <param name="declared">The user's declared columns, or <see langword="null"/>.</param>
    /// <param name="path">The model file, for errors.</param>
    /// <returns>The order, or <see langword="null"/> when neither says it.</returns>
    /// <exception cref="InvalidAuditInputException">Empty or repeated names, unreadable metadata, or a declaration that contradicts the metadata.</exception>
    public static OnnxFeatureOrder? Resolve(IReadOnlyDictionary<string, string> metadata, IReadOnlyList<string>? declared, string path)
    {
        var stored = metadata.FirstOrDefault(p => string.Equals(p.Key, MetadataKey, StringComparison.OrdinalIgnoreCase));
        var fromMetadata = stored.Key is null ? null : new OnnxFeatureOrder(Parse(stored.Value, stored.Key, path), MetadataSource).Checked(path, stored.Key);
        var fromDeclaration = declared is null ? null : new OnnxFeatureOrder([.. declared], DeclaredSource).Checked(path, DeclaredSource);
        if (fromMetadata is not null && fromDeclaration is not null && !fromMetadata.Names.SequenceEqual(fromDeclaration.Names, StringComparer.Ordinal))
        {
            // Two different orders mean one is wrong; feeding either would silently permute the features.
            throw new InvalidAuditInputException(
                $"model.inputs ({fromDeclaration.List}) does not match the model's feature_names metadata ({fromMetadata.List}); remove model.inputs or correct it",
                file: path, field: DeclaredSource);
        }

        return fromDeclaration ?? fromMetadata;
    }

    /// <summary>The names, comma-separated, for messages.</summary>
    public string List => string.Join(", ", Names);

    private static string[] Parse(string value, string key, string path)
    {
        var text = value.Trim();
        if (!text.StartsWith('['))
        {
            return [.. text.Split(',').Select(n => n.Trim())];
        }

        try
        {
            return JsonSerializer.Deserialize<string[]>(text) ?? [];
        }
        catch (JsonException ex)
        {
            throw new InvalidAuditInputException(
                $"the metadata property {key} starts like a JSON array but is not an array of strings ({ex.Message})", file: path, field: key, innerException: ex);
        }
    }

    private OnnxFeatureOrder Checked(string path, string field)
    {
        if (Names.Length == 0 || Names.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidAuditInputException($"{Source} must list one non-empty column name per tensor column; found '{List}'", file: path, field: field);
        }

        var repeated = Names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidAuditInputException($"{Source} names the column '{repeated.Key}' twice", file: path, field: field);
        }

        return this;
    }
}
