namespace ExplainableAI.Sdk.Statistics;

/// <summary>One class of a label column: a distinct non-missing stored value and how many rows hold it.</summary>
/// <param name="Value">The stored value (a number, 0/1 of a boolean, or a level index); −0 is counted as 0.</param>
/// <param name="Name">Its text: the number in round-trip form, or the level's name.</param>
/// <param name="Rows">Rows holding it.</param>
public sealed record LabelClass(double Value, string Name, int Rows);
