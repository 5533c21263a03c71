namespace ExplainableAI.Sdk.Cohorts;

/// <summary>One group of a <see cref="CohortGrouping"/>: its name, as every section of the report writes it, and its size.</summary>
/// <param name="Subject">
/// <c>attribute=value</c>: a level (<c>sex=F</c>), a band of a numeric attribute (<c>age=&lt;40</c>, <c>age=[40,65)</c>,
/// <c>age=&gt;=65</c>), a value of a numeric attribute with few values (<c>stage=2</c>), the missing values
/// (<c>age=(missing)</c>); an intersection joins two with <c>&amp;</c> (<c>sex=F&amp;age=&lt;40</c>).
/// </param>
/// <param name="Rows">Evaluation rows in the group.</param>
/// <param name="Suppressed">
/// Whether the group has fewer rows than <see cref="CohortSet.MinGroupSize"/>: its counts and rates are not to be published
/// (small-cell protection of patients).
/// </param>
/// <param name="Missing">Whether the group holds the rows missing the attribute (of an intersection: missing either attribute).</param>
public sealed record Cohort(string Subject, int Rows, bool Suppressed, bool Missing);
