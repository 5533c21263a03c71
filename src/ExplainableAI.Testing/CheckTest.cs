using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Testing;

/// <summary>The input of one verification: data, optional model and reference, registration facts and configuration.</summary>
public sealed record CheckTest
{
    /// <summary>The evaluation data.</summary>
    public required TabularData Data { get; init; }

    /// <summary>The reference data, if the check needs it.</summary>
    public TabularData? Reference { get; init; }

    /// <summary>The model, if the check needs it.</summary>
    public IAuditModel? Model { get; init; }

    /// <summary>The label column.</summary>
    public string? Label { get; init; }

    /// <summary>The positive label value.</summary>
    public string? PositiveClass { get; init; }

    /// <summary>The sensitive attributes.</summary>
    public IReadOnlyList<string> SensitiveAttributes { get; init; } = [];

    /// <summary>The operating threshold.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>A precomputed score column, for checks that need scores without a model.</summary>
    public string? ScoreColumn { get; init; }

    /// <summary>What the registration declares per feature (unit, monotonicity, irrelevance, limits, drift method), by column.</summary>
    public IReadOnlyDictionary<string, FeatureFacts> Features { get; init; } = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal);

    /// <summary>Site-like columns whose groups are examined separately.</summary>
    public IReadOnlyList<string> SiteColumns { get; init; } = [];

    /// <summary>The drift statistic that decides for every column without its own.</summary>
    public string? DriftMethod { get; init; }

    /// <summary>The band edges declared per numeric sensitive attribute, ascending, as a manifest declares them; the cohorts are built from them as in an audit.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> CohortBands { get; init; } = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);

    /// <summary>Severities, options and suppressions; the default configuration when unset.</summary>
    public CheckConfiguration Configuration { get; init; } = CheckConfiguration.Default;

    /// <summary>The audit seed.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The findings that must be reported: no more, no fewer.</summary>
    public IReadOnlyList<ExpectedFinding> ExpectedFindings { get; init; } = [];
}
