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

        if (regulatory.EuAiActAnnexIIIArea is { } area && facts.AnnexIIIPoints is null)
        {
            facts = facts with { AnnexIIIPoints = [area.Trim()] };
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
}
