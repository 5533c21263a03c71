namespace ExplainableAI.Regulatory;

/// <summary>One declared fact a decision-table rule used, in words, so a reviewer can read why the tier is what it is.</summary>
/// <param name="Field">The declared-facts field (registration schema name, for example <c>mdr_class</c>).</param>
/// <param name="Value">The declared value as written in the facts file (<c>IIa</c>, <c>false</c>, <c>5d</c>).</param>
/// <param name="Text">The fact as an English noun phrase, for example <c>EU MDR class IIa device</c>.</param>
/// <param name="TextJa">The same fact in Japanese (docs/ja-glossary.md terms, statutory numbering).</param>
public sealed record TierFact(string Field, string Value, string Text, string TextJa);
