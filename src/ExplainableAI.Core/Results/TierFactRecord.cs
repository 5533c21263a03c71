namespace ExplainableAI.Core;

/// <summary>A declared fact a decision-table rule used, in words.</summary>
/// <param name="Field">The declared-facts field, for example <c>mdr_class</c>.</param>
/// <param name="Value">The declared value as written in the facts file, for example <c>IIa</c>.</param>
/// <param name="Text">The fact as an English noun phrase, for example <c>EU MDR class IIa device</c>.</param>
/// <param name="TextJa">The same fact in Japanese.</param>
public sealed record TierFactRecord(string Field, string Value, string Text, string TextJa);
