namespace ExplainableAI.Sdk;

/// <summary>The type of a data column, inferred from its values or declared in the manifest.</summary>
public enum ColumnKind
{
    /// <summary>Numbers; missing values are <see cref="double.NaN"/>.</summary>
    Numeric,

    /// <summary>Text levels; values are indices into <see cref="DataColumn.Levels"/>.</summary>
    Categorical,

    /// <summary>Two levels; values are 0 (false) or 1 (true).</summary>
    Boolean,
}
