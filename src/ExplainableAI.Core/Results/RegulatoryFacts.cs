namespace ExplainableAI.Core;

/// <summary>Regulatory facts the vendor declares; the regulatory mapper derives the EU AI Act risk tier from them.</summary>
/// <param name="EuMdrClass">EU MDR device class (I, IIa, IIb, III), if a medical device.</param>
/// <param name="EuAiActAnnexIIIArea">EU AI Act Annex III area, if any.</param>
/// <param name="JpPmdActClass">Japanese PMD Act device class (I–IV), if any.</param>
public sealed record RegulatoryFacts(string? EuMdrClass = null, string? EuAiActAnnexIIIArea = null, string? JpPmdActClass = null);
