using System.Security.Cryptography;
using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// Loads a model file with the adapter for its format and hashes the file for provenance.
/// Every failure to read the file becomes an <see cref="InvalidAuditInputException"/> that names it.
/// </summary>
public sealed class ModelLoader
{
    private readonly IModelAdapter[] adapters;

    /// <summary>Creates a loader over a set of adapters.</summary>
    /// <param name="adapters">The adapters; format names must be unique (case-insensitive). Earlier adapters win when several can load a file.</param>
    /// <exception cref="ArgumentException">No adapters, or two with the same format name.</exception>
    public ModelLoader(IEnumerable<IModelAdapter> adapters)
    {
        ArgumentNullException.ThrowIfNull(adapters);
        this.adapters = [.. adapters];
        if (this.adapters.Length == 0)
        {
            throw new ArgumentException("A model loader needs at least one adapter.", nameof(adapters));
        }

        var formats = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var adapter in this.adapters)
        {
            ArgumentNullException.ThrowIfNull(adapter, nameof(adapters));
            if (!formats.Add(adapter.Format))
            {
                throw new ArgumentException($"Two adapters claim the model format '{adapter.Format}'.", nameof(adapters));
            }
        }

        Formats = [.. this.adapters.Select(a => a.Format)];
    }

    /// <summary>The format names this loader understands, in adapter order.</summary>
    public IReadOnlyList<string> Formats { get; }

    /// <summary>
    /// A loader for ML.NET (<c>mlnet</c>, <c>.zip</c>), ONNX (<c>onnx</c>, <c>.onnx</c>), XGBoost JSON (<c>xgboost</c>, <c>.json</c>) and
    /// LightGBM text (<c>lightgbm</c>, a <c>.txt</c> file starting with <c>tree</c>) models.
    /// </summary>
    /// <returns>The loader.</returns>
    public static ModelLoader CreateDefault() => new(DefaultAdapters());

    /// <summary>The built-in adapters: ML.NET, ONNX, XGBoost JSON and LightGBM text.</summary>
    /// <returns>New adapter instances.</returns>
    public static IReadOnlyList<IModelAdapter> DefaultAdapters() => [new MlNetModelAdapter(), new OnnxModelAdapter(), new XGBoostModelAdapter(), new LightGbmModelAdapter()];

    /// <summary>
    /// A loader with the given adapters (for example those contributed by plugins) and then the built-in ones. The given
    /// ones come first so that a plugin can claim a more specific name, such as <c>*.scorecard.json</c> before XGBoost's <c>*.json</c>.
    /// </summary>
    /// <param name="extra">More adapters; their format names must not repeat the built-in ones.</param>
    /// <returns>The loader.</returns>
    public static ModelLoader CreateDefault(IEnumerable<IModelAdapter> extra) => new(extra.Concat(DefaultAdapters()));

    /// <summary>Loads a model file.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="format">The format name, or <see langword="null"/> to choose by the file's extension.</param>
    /// <param name="options">Label, task, positive class and ignored inputs.</param>
    /// <param name="cancellationToken">Cancels hashing the file (adapters load without one).</param>
    /// <returns>The model with its path, format and SHA-256.</returns>
    /// <exception cref="InvalidAuditInputException">Unknown format, missing, unreadable or not a regular file, or a model the adapter does not support.</exception>
    public LoadedModel Load(string path, string? format, ModelLoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        var adapter = ChooseAdapter(path, format);

        // The file is hashed before any adapter reads it, so this gate guards every adapter, plugins' included.
        var sha256 = HashFile(path, $"{adapter.Format} model file", cancellationToken);
        IAuditModel model;
        try
        {
            model = adapter.Load(path, options);
        }
        catch (Exception ex) when (ex is not InvalidAuditInputException and not OperationCanceledException and not OutOfMemoryException)
        {
            // A third-party adapter's own exception is still the user's file at fault, and the CLI prints one line for it.
            throw new InvalidAuditInputException($"could not read the file as a {adapter.Format} model: {ex.Message}", file: path, innerException: ex);
        }

        return new LoadedModel(model, path, adapter.Format, sha256);
    }

    private IModelAdapter ChooseAdapter(string path, string? format)
    {
        if (!string.IsNullOrWhiteSpace(format))
        {
            return adapters.FirstOrDefault(a => string.Equals(a.Format, format, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidAuditInputException(
                    $"unknown model format '{format}'; expected one of {string.Join(", ", Formats)}", file: path);
        }

        return adapters.FirstOrDefault(a => a.CanLoad(path))
            ?? throw new InvalidAuditInputException(
                $"cannot tell the model format from the file name; expected {string.Join(" or ", Formats)} (such as .zip for mlnet, .onnx for onnx), or give the format explicitly",
                file: path);
    }

    private static string HashFile(string path, string description, CancellationToken cancellationToken)
    {
        using var stream = InputFile.OpenRead(path, description);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        try
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash.AppendData(buffer.AsSpan(0, read));
            }
        }
        catch (IOException ex)
        {
            throw new InvalidAuditInputException($"the {description} cannot be read ({ex.Message})", file: path, innerException: ex);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
