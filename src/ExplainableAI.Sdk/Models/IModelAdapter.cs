namespace ExplainableAI.Sdk;

/// <summary>
/// Reads one model file format into an <see cref="IAuditModel"/>. Adapters are composed by the host's model loader; plugins add adapters by marking a public class with <see cref="ModelAdapterAttribute"/>;
/// a new format is a new adapter, never a change to the loader.
/// </summary>
public interface IModelAdapter
{
    /// <summary>The format's stable name, such as <c>mlnet</c> or <c>onnx</c>, as users write it in a manifest or on the command line.</summary>
    string Format { get; }

    /// <summary>Whether the file looks like this format (usually by extension), used when no format is given.</summary>
    /// <param name="path">The model file.</param>
    /// <returns><see langword="true"/> when this adapter should read it.</returns>
    bool CanLoad(string path);

    /// <summary>Loads the model.</summary>
    /// <param name="path">The model file, which exists.</param>
    /// <param name="options">Label, task and ignored inputs.</param>
    /// <returns>The model, safe to predict from several threads.</returns>
    /// <exception cref="InvalidAuditInputException">The file is not a readable model of this format, or the model is not supported.</exception>
    IAuditModel Load(string path, ModelLoadOptions options);
}
