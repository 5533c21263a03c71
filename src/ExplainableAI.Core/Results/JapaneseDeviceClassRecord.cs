namespace ExplainableAI.Core;

/// <summary>The Japanese PMD Act device class shown beside the EU tier.</summary>
/// <param name="Class">The class, <c>I</c> to <c>IV</c>.</param>
/// <param name="RequirementId">The catalog entry, <c>JP-PMD-CLASS-I</c> … <c>JP-PMD-CLASS-IV</c>.</param>
public sealed record JapaneseDeviceClassRecord(string Class, string RequirementId);
