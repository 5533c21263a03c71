namespace ExplainableAI.Sdk;

/// <summary>
/// Where a configuration file wrote an option's value, and the text as written, so the host reads it for the kind the
/// rule declares (only known once plugins are loaded) and points at the file, line and column when it does not fit.
/// </summary>
/// <param name="File">The file.</param>
/// <param name="Line">One-based line.</param>
/// <param name="Column">One-based column.</param>
/// <param name="Text">The scalar as written, or <see langword="null"/> for a list.</param>
/// <param name="Items">The items of a list, each with its own position, or <see langword="null"/> for a scalar.</param>
internal sealed record OptionSource(string File, int Line, int Column, string? Text, IReadOnlyList<OptionSource>? Items);
