using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Regulatory;

/// <summary>
/// The declared facts of a registration: the manifest's declared-facts file (if it names one), completed by the
/// manifest's inline fields (<c>eu_mdr_class</c>, <c>eu_ai_act_annex_iii_area</c>, <c>jp_pmd_act_class</c>). A fact
/// neither declares stays undeclared, so the classifier reports it instead of guessing.
/// </summary>
public static class RegistrationFacts
{
    /// <summary>Reads the declared facts of a registration.</summary>
    /// <param name="regulatory">The registration's regulatory section.</param>
    /// <returns>The facts and the regime the file selects, if any.</returns>
    /// <exception cref="InvalidAuditInputException">The file is missing or invalid, or it contradicts an inline field.</exception>
    public static DeclaredFactsFile Read(RegulatoryFacts regulatory)
    {
        ArgumentNullException.ThrowIfNull(regulatory);
        var file = regulatory.DeclaredFacts is { } path ? DeclaredFactsReader.Load(path) : new DeclaredFactsFile(new DeclaredFacts(), null);
        var facts = file.Facts;
        var source = regulatory.DeclaredFacts;

        if (regulatory.EuMdrClass is { } mdrText)
        {
            // A class under the MDR is declared: the model is an MDR device by definition of that class.
            var mdr = mdrText switch
            {
                "I" => MdrClass.I,
                "IIa" => MdrClass.IIa,
                "IIb" => MdrClass.IIb,
                "III" => MdrClass.III,
                _ => throw new InvalidAuditInputException($"expected one of I, IIa, IIb, III, got '{mdrText}'", field: "regulatory.eu_mdr_class"),
            };
            if (facts.MdrClass is { } declared && declared != mdr)
            {
                throw new InvalidAuditInputException($"mdr_class {declared} contradicts the manifest's eu_mdr_class {mdrText}", file: source, field: "mdr_class");
            }

            facts = facts with { MdrClass = mdr, IsMedicalDevice = facts.IsMedicalDevice ?? MedicalDeviceRegulation.Mdr };
        }

        if (regulatory.EuAiActAnnexIIIArea is { } areaText)
        {
            var area = AnnexArea(areaText);
            if (facts.AnnexIIIPoints is null)
            {
                facts = facts with { AnnexIIIPoints = [area] };
            }
            else if (!facts.AnnexIIIPoints.Any(p => Covers(AnnexArea(p ?? string.Empty), area)))
            {
                // Two declarations that disagree are contradictory facts, never silently merged: an empty list in the file
                // would otherwise drop the manifest's area and turn an emergency-triage system into a minimal-risk one.
                var points = $"[{string.Join(", ", facts.AnnexIIIPoints)}]";
                throw new InvalidAuditInputException(
                    $"annex_iii_points {points} contradicts the manifest's eu_ai_act_annex_iii_area {areaText}; declare the same Annex III points in both places",
                    file: source,
                    field: "annex_iii_points");
            }
        }

        if (regulatory.JpPmdActClass is { } jpText)
        {
            if (!JapaneseDeviceClassifier.TryParse(jpText, out var jp))
            {
                throw new InvalidAuditInputException($"expected one of I, II, III, IV, got '{jpText}'", field: "regulatory.jp_pmd_act_class");
            }

            if (facts.JapanesePmdClass is { } declared && declared != jp)
            {
                throw new InvalidAuditInputException($"jp_pmd_class {declared} contradicts the manifest's jp_pmd_act_class {jpText}", file: source, field: "jp_pmd_class");
            }

            facts = facts with { JapanesePmdClass = jp };
        }

        return file with { Facts = facts };
    }

    /// <summary>An Annex III point as the facts file writes it: <c>5(d)</c> and <c>5D</c> become <c>5d</c>.</summary>
    private static string AnnexArea(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c is not '(' and not ')').Select(char.ToLowerInvariant)]);

    // A declared point agrees with the manifest's area when it is the same point, or one names the area of the other (5d in 5).
    private static bool Covers(string point, string area) =>
        point == area || (area.Length == 1 && point.StartsWith(area, StringComparison.Ordinal)) || (point.Length == 1 && area.StartsWith(point, StringComparison.Ordinal));
}
