namespace ExplainableAI.Sdk;

/// <summary>An input the model expects, mapped to the data column of the same name.</summary>
/// <param name="Name">The feature's name, equal to the data column's name.</param>
/// <param name="Kind">The type the model expects: numbers, text categories, or booleans.</param>
public sealed record ModelFeature(string Name, ColumnKind Kind);
