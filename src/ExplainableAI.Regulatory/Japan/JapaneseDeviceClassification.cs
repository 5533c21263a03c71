namespace ExplainableAI.Regulatory;

/// <summary>The Japanese device class shown beside the EU tier: Japan has no statutory AI risk tier (catalog §5.3).</summary>
/// <param name="Class">The PMD Act class.</param>
/// <param name="RequirementId">The catalog entry, <c>JP-PMD-CLASS-I</c> … <c>JP-PMD-CLASS-IV</c>.</param>
public sealed record JapaneseDeviceClassification(JapaneseDeviceClass Class, string RequirementId);
