using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// Resolves, once per audit, every string of the findings, measurements and rules against the catalogs of the plugin
/// that wrote it (then the host's), so report.json carries its translations and can be re-rendered in any shipped
/// language without the plugins.
/// </summary>
internal sealed class ReportLocalizer
{
    /// <summary>The name under which the host's own findings and rules are recorded.</summary>
    public const string HostPlugin = "ExplainableAI.Core";

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, TranslationCatalog>> pluginCatalogs;
    private readonly IReadOnlyDictionary<string, TranslationCatalog> hostCatalogs;

    /// <summary>Creates a localizer.</summary>
    /// <param name="pluginCatalogs">Catalogs by plugin name, then language.</param>
    /// <param name="hostCatalogs">The host's catalogs by language.</param>
    public ReportLocalizer(IReadOnlyDictionary<string, IReadOnlyDictionary<string, TranslationCatalog>> pluginCatalogs, IReadOnlyDictionary<string, TranslationCatalog> hostCatalogs)
    {
        this.pluginCatalogs = pluginCatalogs;
        this.hostCatalogs = hostCatalogs;
    }

    /// <summary>Builds the localization of a report for every language any catalog ships.</summary>
    /// <param name="rules">The report's rules.</param>
    /// <param name="findings">The findings.</param>
    /// <param name="measurements">The measurements.</param>
    /// <param name="checkPlugins">The plugin of each check, by check name.</param>
    /// <param name="messages">Finding messages formatted in each language as they were reported.</param>
    /// <returns>Per language, the rule texts and string translations.</returns>
    public SortedDictionary<string, LocalizationRecord> Build(
        IReadOnlyList<RuleRecord> rules,
        IReadOnlyList<Finding> findings,
        IReadOnlyList<Measurement> measurements,
        IReadOnlyDictionary<string, string> checkPlugins,
        MessageTranslations messages)
    {
        var languages = pluginCatalogs.Values.SelectMany(c => c.Keys).Concat(hostCatalogs.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var result = new SortedDictionary<string, LocalizationRecord>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var translators = new Dictionary<string, Translator>(StringComparer.Ordinal);
            Translator TranslatorOf(string plugin)
            {
                if (!translators.TryGetValue(plugin, out var translator))
                {
                    var chain = new List<TranslationCatalog>();
                    if (pluginCatalogs.TryGetValue(plugin, out var own) && own.TryGetValue(language, out var catalog))
                    {
                        chain.Add(catalog);
                    }

                    if (hostCatalogs.TryGetValue(language, out var host))
                    {
                        chain.Add(host);
                    }

                    translator = translators[plugin] = new Translator(chain);
                }

                return translator;
            }

            string PluginOfCheck(string check) => checkPlugins.TryGetValue(check, out var plugin) ? plugin : HostPlugin;

            var ruleTexts = new SortedDictionary<string, RuleTextRecord>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                if (TranslatorOf(rule.Plugin).Rule(rule.Id) is { } translation)
                {
                    ruleTexts[rule.Id] = new RuleTextRecord(translation.Title, translation.Message, translation.Description);
                }
            }

            var text = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (english, translated) in messages.For(language))
            {
                text.TryAdd(english, translated);
            }

            foreach (var finding in findings)
            {
                var translator = TranslatorOf(PluginOfCheck(finding.Check));
                foreach (var english in EvidenceStrings(finding.Evidence))
                {
                    Add(text, translator, english);
                }
            }

            foreach (var measurement in measurements)
            {
                Add(text, TranslatorOf(PluginOfCheck(measurement.Check)), measurement.Name);
            }

            result[language] = new LocalizationRecord(ruleTexts, text);
        }

        return result;
    }

    /// <summary>Every string of a finding's evidence a reader sees, except numbers.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The strings, possibly repeated.</returns>
    public static IEnumerable<string> EvidenceStrings(Evidence evidence)
    {
        foreach (var metric in evidence.Metrics ?? [])
        {
            yield return metric.Name;
        }

        foreach (var table in evidence.Tables ?? [])
        {
            yield return table.Title;
            foreach (var column in table.Columns)
            {
                yield return column;
            }

            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    yield return cell;
                }
            }
        }

        foreach (var chart in evidence.Charts ?? [])
        {
            yield return chart.Title;
            yield return chart.XLabel;
            yield return chart.YLabel;
            if (chart.Subtitle is { } subtitle)
            {
                yield return subtitle;
            }

            if (chart.ColorLabel is { } colorLabel)
            {
                yield return colorLabel;
            }

            foreach (var series in chart.Series)
            {
                yield return series.Name;
            }

            foreach (var category in chart.Categories ?? [])
            {
                yield return category;
            }
        }
    }

    private static void Add(SortedDictionary<string, string> text, Translator translator, string english)
    {
        if (string.IsNullOrWhiteSpace(english) || text.ContainsKey(english))
        {
            return;
        }

        if (translator.TryTranslate(english, out var translated) && !string.Equals(translated, english, StringComparison.Ordinal))
        {
            text[english] = translated;
        }
    }
}
