using System.Globalization;
using System.Text.RegularExpressions;
using ExplainableAI.Core;
using ExplainableAI.Sdk;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExplainableAI.Regulatory;

/// <summary>Parses <c>requirements.yaml</c>; every error names the file, the line and the field.</summary>
internal static partial class CatalogReader
{
    private static readonly string[] EntryFields =
        ["id", "framework", "kind", "reference", "title_en", "title_ja", "evidence", "families", "verification", "verification_note", "automated_evidence", "manual_evidence", "date", "manual_evidence_ja", "evidence_ja", "verification_note_ja"];

    private static readonly string[] TopFields = ["catalog_version", "source", "legal_regimes", "requirements"];

    public static RequirementCatalog Read(YamlStream stream, string file)
    {
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidAuditInputException("expected one YAML document with a mapping at its root", file);
        }

        CheckKeys(root, TopFields, file, prefix: "");
        var version = RequiredScalar(root, "catalog_version", file, "catalog_version");
        var source = RequiredScalar(root, "source", file, "source");
        if (!root.Children.TryGetValue(new YamlScalarNode("requirements"), out var listNode) || listNode is not YamlSequenceNode list)
        {
            throw new InvalidAuditInputException("expected a list of requirements", file, Line(root.Start), field: "requirements");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<Requirement>(list.Children.Count);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var node = list.Children[i];
            var at = $"requirements[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (node is not YamlMappingNode map)
            {
                throw new InvalidAuditInputException("expected a mapping", file, Line(node.Start), Col(node.Start), at);
            }

            var entry = ReadEntry(map, file, at);
            if (seen.TryGetValue(entry.Id, out var firstLine))
            {
                throw new InvalidAuditInputException(
                    $"duplicate requirement ID '{entry.Id}' (first at line {firstLine.ToString(CultureInfo.InvariantCulture)})", file, entry.Line, field: at + ".id");
            }

            seen.Add(entry.Id, entry.Line);
            entries.Add(entry);
        }

        return new RequirementCatalog(version, source, entries);
    }

    private static Requirement ReadEntry(YamlMappingNode map, string file, string at)
    {
        CheckKeys(map, EntryFields, file, at + ".");
        var id = RequiredScalar(map, "id", file, at + ".id");
        if (!IdPattern().IsMatch(id))
        {
            throw Error(map, "id", file, at, $"'{id}' is not a catalog ID (upper-case letters, digits and '-', starting with EU-, JP-, GMLP-, US-, ISO- or IEC-)");
        }

        var framework = Enum(map, "framework", file, at, FrameworkTokens);
        var kind = Enum(map, "kind", file, at, KindTokens);
        var titleEn = RequiredScalar(map, "title_en", file, at + ".title_en");
        var titleJa = RequiredScalar(map, "title_ja", file, at + ".title_ja");
        var families = Families(map, file, at);
        var verification = Enum(map, "verification", file, at, VerificationTokens);
        var automated = Enum(map, "automated_evidence", file, at, AutomatedTokens);
        var manual = OptionalScalar(map, "manual_evidence", file, at);
        if (automated != AutomatedEvidence.Full && kind == RequirementKind.Requirement && manual is null)
        {
            throw Error(map, "automated_evidence", file, at, "an entry that automated checks cannot fully evidence needs 'manual_evidence' saying what to provide");
        }

        if (automated != AutomatedEvidence.None && families.Count == 0)
        {
            throw Error(map, "families", file, at, "automated evidence needs at least one check family");
        }

        var manualJa = OptionalScalar(map, "manual_evidence_ja", file, at);
        if (manualJa is not null && manual is null)
        {
            throw Error(map, "manual_evidence_ja", file, at, "'manual_evidence_ja' translates 'manual_evidence', which the entry does not have");
        }

        var evidence = OptionalScalar(map, "evidence", file, at);
        var evidenceJa = OptionalScalar(map, "evidence_ja", file, at);
        if (evidenceJa is not null && evidence is null)
        {
            throw Error(map, "evidence_ja", file, at, "'evidence_ja' translates 'evidence', which the entry does not have");
        }

        var note = OptionalScalar(map, "verification_note", file, at);
        var noteJa = OptionalScalar(map, "verification_note_ja", file, at);
        if (noteJa is not null && note is null)
        {
            throw Error(map, "verification_note_ja", file, at, "'verification_note_ja' translates 'verification_note', which the entry does not have");
        }

        DateOnly? date = null;
        var dateText = OptionalScalar(map, "date", file, at);
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                throw Error(map, "date", file, at, $"'{dateText}' is not a date (yyyy-MM-dd)");
            }

            date = d;
        }

        return new Requirement(
            id,
            framework,
            kind,
            OptionalScalar(map, "reference", file, at),
            titleEn,
            titleJa,
            evidence,
            families,
            verification,
            note,
            automated,
            manual,
            date,
            Line(map.Start) ?? 0)
        {
            ManualEvidenceJa = manualJa,
            EvidenceJa = evidenceJa,
            VerificationNoteJa = noteJa,
        };
    }

    private static IReadOnlyList<string> Families(YamlMappingNode map, string file, string at)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("families"), out var node))
        {
            throw new InvalidAuditInputException("missing field", file, Line(map.Start), field: at + ".families");
        }

        if (node is not YamlSequenceNode seq)
        {
            throw new InvalidAuditInputException("expected a list of check families", file, Line(node.Start), Col(node.Start), at + ".families");
        }

        var result = new List<string>(seq.Children.Count);
        foreach (var item in seq.Children)
        {
            if (item is not YamlScalarNode { Value: { } token } || !FamilyTokens.All.Contains(token))
            {
                throw new InvalidAuditInputException(
                    $"expected one of {string.Join(", ", FamilyTokens.All)}", file, Line(item.Start), Col(item.Start), at + ".families");
            }

            result.Add(token);
        }

        return result;
    }

    private static T Enum<T>(YamlMappingNode map, string key, string file, string at, IReadOnlyDictionary<string, T> tokens)
    {
        var text = RequiredScalar(map, key, file, $"{at}.{key}");
        return tokens.TryGetValue(text, out var value)
            ? value
            : throw Error(map, key, file, at, $"'{text}' is not one of {string.Join(", ", tokens.Keys)}");
    }

    private static InvalidAuditInputException Error(YamlMappingNode map, string key, string file, string at, string problem)
    {
        var node = map.Children.TryGetValue(new YamlScalarNode(key), out var n) ? n : map;
        return new InvalidAuditInputException(problem, file, Line(node.Start), Col(node.Start), $"{at}.{key}");
    }

    private static void CheckKeys(YamlMappingNode map, string[] allowed, string file, string prefix)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !allowed.Contains(name, StringComparer.Ordinal))
            {
                throw new InvalidAuditInputException(
                    $"unknown field; expected one of {string.Join(", ", allowed)}", file, Line(key.Start), Col(key.Start), prefix + name);
            }
        }
    }

    private static string RequiredScalar(YamlMappingNode map, string key, string file, string field)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            throw new InvalidAuditInputException("missing field", file, Line(map.Start), field: field);
        }

        if (node is not YamlScalarNode { Value: { } value } scalar || scalar.Style == ScalarStyle.Plain && value is "null" or "~" || string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidAuditInputException("expected a non-empty text", file, Line(node.Start), Col(node.Start), field);
        }

        return value;
    }

    private static string? OptionalScalar(YamlMappingNode map, string key, string file, string at)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            throw new InvalidAuditInputException("expected a text", file, Line(node.Start), Col(node.Start), $"{at}.{key}");
        }

        return scalar.Style == ScalarStyle.Plain && scalar.Value is "null" or "~" or "" ? null : scalar.Value;
    }

    private static int? Line(Mark mark) => mark.Line > 0 ? (int)mark.Line : null;

    private static int? Col(Mark mark) => mark.Column > 0 ? (int)mark.Column : null;

    [GeneratedRegex("^(EU|JP|GMLP|US|ISO|IEC)-[A-Z0-9]+(-[A-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    internal static readonly IReadOnlyDictionary<string, RequirementFramework> FrameworkTokens = new Dictionary<string, RequirementFramework>(StringComparer.Ordinal)
    {
        ["eu-ai-act"] = RequirementFramework.EuAiAct,
        ["eu-mdr"] = RequirementFramework.EuMdr,
        ["eu-mdcg"] = RequirementFramework.EuMdcg,
        ["eu-gdpr"] = RequirementFramework.EuGdpr,
        ["jp-social-principles"] = RequirementFramework.JpSocialPrinciples,
        ["jp-ai-guidelines-business"] = RequirementFramework.JpAiGuidelinesForBusiness,
        ["jp-aist-mlqm"] = RequirementFramework.JpAistMlqm,
        ["jp-pmd-act"] = RequirementFramework.JpPmdAct,
        ["jp-ngmi-act"] = RequirementFramework.JpNgmiAct,
        ["jp-appi"] = RequirementFramework.JpAppi,
        ["jp-mhlw"] = RequirementFramework.JpMhlw,
        ["jp-ai-promotion-act"] = RequirementFramework.JpAiPromotionAct,
        ["gmlp"] = RequirementFramework.Gmlp,
        ["us-fda"] = RequirementFramework.UsFda,
        ["iso"] = RequirementFramework.Iso,
    };

    private static readonly IReadOnlyDictionary<string, RequirementKind> KindTokens = new Dictionary<string, RequirementKind>(StringComparer.Ordinal)
    {
        ["requirement"] = RequirementKind.Requirement,
        ["principle-group"] = RequirementKind.PrincipleGroup,
        ["date"] = RequirementKind.Date,
        ["tier"] = RequirementKind.Tier,
        ["classification"] = RequirementKind.Classification,
    };

    private static readonly IReadOnlyDictionary<string, VerificationStatus> VerificationTokens = new Dictionary<string, VerificationStatus>(StringComparer.Ordinal)
    {
        ["V"] = VerificationStatus.Verified,
        ["S"] = VerificationStatus.SecondarySource,
        ["U"] = VerificationStatus.Unverified,
    };

    private static readonly IReadOnlyDictionary<string, AutomatedEvidence> AutomatedTokens = new Dictionary<string, AutomatedEvidence>(StringComparer.Ordinal)
    {
        ["none"] = AutomatedEvidence.None,
        ["partial"] = AutomatedEvidence.Partial,
        ["full"] = AutomatedEvidence.Full,
    };
}
