using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Testing;

/// <summary>The input of one verification: data, optional model and reference, registration facts and configuration.</summary>
public sealed record CheckTest
{
    /// <summary>The registration of a model under test that declares nothing: no label, no sensitive attributes, threshold 0.5.</summary>
    public static RegistrationInfo DefaultRegistration { get; } = new("model-under-test", "0", "verification", LabelColumn: null, PositiveClass: null, SensitiveAttributes: []);

    /// <summary>The evaluation data.</summary>
    public required TabularData Data { get; init; }

    /// <summary>The reference data, if the check needs it.</summary>
    public TabularData? Reference { get; init; }

    /// <summary>The model, if the check needs it.</summary>
    public IAuditModel? Model { get; init; }

    /// <summary>
    /// What the registration declares, as the check will see it in <see cref="CheckContext.Registration"/>; the
    /// <see cref="DefaultRegistration"/> when unset. Change what the test needs with <c>with</c>:
    /// <c>Registration = CheckTest.DefaultRegistration with { LabelColumn = "y", SensitiveAttributes = ["sex"] }</c>.
    /// </summary>
    public RegistrationInfo Registration { get; init; } = DefaultRegistration;


    /// <summary>Severities, options and suppressions; the default configuration when unset.</summary>
    public CheckConfiguration Configuration { get; init; } = CheckConfiguration.Default;

    /// <summary>The audit seed.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The findings that must be reported: no more, no fewer.</summary>
    public IReadOnlyList<ExpectedFinding> ExpectedFindings { get; init; } = [];
}
