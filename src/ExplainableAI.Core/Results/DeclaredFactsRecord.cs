namespace ExplainableAI.Core;

/// <summary>
/// The device and use facts the tier was classified from, as the declared-facts file and the manifest's inline fields
/// together declare them (file tokens; <see langword="null"/> when not declared).
/// </summary>
/// <param name="IsMedicalDevice"><c>no</c>, <c>MDR</c> or <c>IVDR</c>.</param>
/// <param name="MdrClass">The EU MDR class, for example <c>IIa</c>.</param>
/// <param name="IvdrClass">The EU IVDR class, for example <c>C</c>.</param>
/// <param name="AnnexIIIPoints">The EU AI Act Annex III points, for example <c>5d</c> (empty: none).</param>
/// <param name="JapanesePmdClass">The Japanese PMD Act class, <c>I</c>–<c>IV</c>.</param>
/// <param name="PlacedOnMarketDate">When the system was placed on the market.</param>
public sealed record DeclaredFactsRecord(
    string? IsMedicalDevice,
    string? MdrClass,
    string? IvdrClass,
    IReadOnlyList<string>? AnnexIIIPoints,
    string? JapanesePmdClass,
    DateOnly? PlacedOnMarketDate);
