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
        data:
          label: sepsis
          sensitive_attributes: [sex, age]
          evaluation: current.csv
          reference: reference.csv
        checks:
          severity: {}
          options: {}
          suppressions: []

        """;
}
