namespace ExplainableAI.Regulatory;

/// <summary>Declared facts read from YAML, with the legal regime if the file selects one.</summary>
/// <param name="Facts">The declared facts; fields the file leaves out are <see langword="null"/> (not declared).</param>
/// <param name="Regime">The <c>legal_regime</c>, or <see langword="null"/> when the file does not select one.</param>
public sealed record DeclaredFactsFile(DeclaredFacts Facts, LegalRegime? Regime);
