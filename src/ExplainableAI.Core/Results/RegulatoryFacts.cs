namespace ExplainableAI.Core;

/// <summary>Regulatory facts the vendor declares; the regulatory mapper derives the EU AI Act risk tier from them.</summary>
/// <param name="EuMdrClass">EU MDR device class (I, IIa, IIb, III), if a medical device.</param>
/// <param name="EuAiActAnnexIIIArea">EU AI Act Annex III area, if any.</param>
/// <param name="JpPmdActClass">Japanese PMD Act device class (I–IV), if any.</param>
/// <param name="DeclaredFacts">The full path of the declared-facts YAML file (catalog §5.1) the manifest names, if any.</param>
public sealed record RegulatoryFacts(string? EuMdrClass = null, string? EuAiActAnnexIIIArea = null, string? JpPmdActClass = null, string? DeclaredFacts = null);
