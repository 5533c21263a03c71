namespace ExplainableAI.Demo.Scenario;

/// <summary>The registration manifest of the demo model, as YAML text.</summary>
/// <remarks>
/// Written as fixed text rather than serialised, so the file is byte-stable and reads exactly like the
/// hand-written manifests users start from.
/// </remarks>
internal static class DemoManifest
{
    public const string FileName = "manifest.yaml";
    public const string ModelFileName = "model.zip";
    public const string ReferenceFileName = "reference.csv";
    public const string CurrentFileName = "current.csv";
    public const string DeclaredFactsFileName = "declared_facts.yaml";

    /// <summary>
    /// The EU AI Act facts (catalog §5.1) of the demo: MDR class IIa device software for sepsis early warning, not yet
    /// placed on the market, which the decision table classifies HIGH via Art 6(1) (rule R3).
    /// </summary>
    public const string DeclaredFactsText =
        """
        is_ai_system: yes
        eu_nexus: yes
        exclusion: none
        prohibited_uses: []
        emotion_inference_context: none
        medical_or_safety_reason: no
        is_medical_device: MDR
        mdr_class: IIa
        in_house_art5_5: no
        role_in_device: is_the_device
        annex_iii_points: []
        art6_3_condition: none
        profiles_natural_persons: no
        interacts_with_persons: no
        generates_synthetic_content: no
        jp_pmd_class: II
        legal_regime: 2024/1689-original

        """;

    public const string Text =
        """
        model:
          id: icu-sepsis-risk
          version: 1.0.0
          file: model.zip
          format: mlnet
          task: binary
          positive_class: "true"
          threshold: 0.5
          intended_purpose: Early warning of sepsis in adult ICU patients, to prompt clinician review within one hour.
          intended_users: [ICU physicians, ICU nurses]
        regulatory:
          eu_mdr_class: IIa
          eu_ai_act_annex_iii_area: null
          jp_pmd_act_class: II
          declared_facts: declared_facts.yaml
        data:
          label: sepsis
          sensitive_attributes: [sex, {name: age, bands: [40, 65]}]
          site_columns: [site]
          evaluation: current.csv
          reference: reference.csv
          features:
            lactate: {unit: mmol/L, monotone: increasing, min: 0, max: 30}
            creatinine: {unit: mg/dL, min: 0, max: 25}
            temperature: {unit: degC, min: 25, max: 45}
            spo2: {monotone: decreasing, min: 0, max: 100}
            crp: {unit: mg/L, min: 0}
            site: {irrelevant: true}
        checks:
          severity: {}
          options: {}
          suppressions: []

        """;
}
