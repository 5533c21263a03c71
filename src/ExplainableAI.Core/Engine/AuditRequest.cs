using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>Everything one audit needs: what was registered, the data, the model, the configuration and the seed.</summary>
/// <param name="Registration">What the registration declares.</param>
/// <param name="Evaluation">The evaluation ("current") data.</param>
/// <param name="Reference">The reference data, if any.</param>
/// <param name="Model">The model, or <see langword="null"/> for data- or score-only audits.</param>
/// <param name="Configuration">Severities, options, suppressions, gate and timeout.</param>
/// <param name="Seed">The audit seed; every check's random source derives from it.</param>
public sealed record AuditRequest(
    RegistrationRecord Registration,
    TabularData Evaluation,
    TabularData? Reference,
    AuditModel? Model,
    CheckConfiguration Configuration,
    int Seed);
