using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>A loaded model and the provenance a report records for it.</summary>
/// <param name="Model">The model.</param>
/// <param name="Path">The file it was loaded from, as given.</param>
/// <param name="Format">The adapter's format name.</param>
/// <param name="Sha256">SHA-256 of the file, lower-case hexadecimal.</param>
public sealed record LoadedModel(IAuditModel Model, string Path, string Format, string Sha256);
