namespace ExplainableAI.Plugins.Attribution;

/// <summary>One group of a sensitive attribute as a proxy candidate.</summary>
/// <param name="Subject">The group, named as the audit's cohorts name it (<c>age=[40,65)</c>).</param>
/// <param name="Rows">Rows of the group with the feature present.</param>
/// <param name="Auroc">The feature's folded AUROC for membership, or NaN when the group has too few rows inside or outside.</param>
internal sealed record ProxyGroup(string Subject, int Rows, double Auroc);
