namespace ExplainableAI.Core;

/// <summary>
/// What a report needs to be rendered in one language, resolved when the audit ran from the catalogs the host and the
/// plugins ship: rule texts by ID, and English strings of findings and measurements with their translation. A string
/// missing here is shown in English.
/// </summary>
/// <param name="Rules">Rule title, message format and help text by rule ID.</param>
/// <param name="Text">English string → translation: finding messages, chart and table text, metric names.</param>
public sealed record LocalizationRecord(IReadOnlyDictionary<string, RuleTextRecord> Rules, IReadOnlyDictionary<string, string> Text);
