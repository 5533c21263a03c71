using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Cohorts;

namespace ExplainableAI.Tests.Shared;

/// <summary>The cohorts an audit would hand a check, for kernel tests that take a grouping without running a check.</summary>
internal static class Cohorts
{
    /// <summary>The cohorts of <paramref name="data"/> with every column of it sensitive, as the engine builds them.</summary>
    public static CohortSet Of(TabularData data, IReadOnlyDictionary<string, IReadOnlyList<double>>? bands = null) =>
        CohortSet.Build(
            new RegistrationInfo("model", "0", "test", null, null, [.. data.Columns.Select(c => c.Name)])
            {
                CohortBands = bands ?? new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal),
            },
            data);

    /// <summary>The grouping of one sensitive column.</summary>
    public static CohortGrouping Of(DataColumn column, IReadOnlyList<double>? bands = null) =>
        Of(new TabularData("data", [column]), bands is null ? null : new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal) { [column.Name] = bands }).Attributes[0];
}
