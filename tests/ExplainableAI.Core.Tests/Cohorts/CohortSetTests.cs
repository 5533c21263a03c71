using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Cohorts;
using ExplainableAI.Testing;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Core.Tests;

/// <summary>The one grouping policy of sensitive attributes, against groups written out by hand.</summary>
public sealed class CohortSetTests
{
    [Fact]
    public void Bands_include_their_lower_edge_and_missing_values_form_the_last_group()
    {
        // Default bands [40, 65]: 18 and 39.9 below 40; 40 (on the edge), 64 and 64.99 in [40,65); 65 (on the edge) and 90
        // at or above 65; NaN missing. More than 10 distinct values would be needed for the default to apply without a
        // declaration, so the bands are declared here as the demo declares them.
        var age = Build(Table(Numeric("age", 18, 39.9, 40, 64, 64.99, 65, 90, double.NaN)), bands: ("age", [40, 65])).Attributes[0];

        Assert.Equal("age", age.Name);
        Assert.Equal(["age"], age.Attributes);
        Assert.Equal(
            [new Cohort("age=<40", 2, true, false), new Cohort("age=[40,65)", 3, true, false), new Cohort("age=>=65", 2, true, false), new Cohort("age=(missing)", 1, true, true)],
            age.Groups);
        Assert.Equal([0, 0, 1, 1, 1, 2, 2, 3], age.RowGroups);
        Assert.Equal([2, 3, 4], age.RowsOf(1));
    }

    [Fact]
    public void A_numeric_attribute_with_more_than_ten_values_and_no_declaration_takes_the_default_age_bands()
    {
        // 30, 35, …, 85: 12 distinct values. <40: 30, 35 (2); [40,65): 40 … 60 (5); >=65: 65 … 85 (5).
        var age = Build(Table(Numeric("age", [.. Enumerable.Range(0, 12).Select(i => 30 + (5.0 * i))]))).Attributes[0];

        Assert.Equal(["age=<40", "age=[40,65)", "age=>=65"], age.Groups.Select(g => g.Subject));
        Assert.Equal([2, 5, 5], age.Groups.Select(g => g.Rows));
    }

    [Fact]
    public void A_numeric_attribute_with_few_values_is_grouped_by_value_unless_bands_are_declared()
    {
        var data = Table(Numeric("stage", 3, 1, 2, -0.0, 0));

        var byValue = Build(data).Attributes[0];
        var banded = Build(data, bands: ("stage", [2])).Attributes[0];
        var oneBand = Build(data, bands: ("stage", [])).Attributes[0];

        // −0 and 0 are one value.
        Assert.Equal(["stage=0", "stage=1", "stage=2", "stage=3"], byValue.Groups.Select(g => g.Subject));
        Assert.Equal([3, 1, 2, 0, 0], byValue.RowGroups);
        Assert.Equal(["stage=<2", "stage=>=2"], banded.Groups.Select(g => g.Subject));
        Assert.Equal([1, 0, 1, 0, 0], banded.RowGroups);
        Assert.Equal(["stage=all"], oneBand.Groups.Select(g => g.Subject));
    }

    [Fact]
    public void Categorical_and_boolean_attributes_are_grouped_by_level()
    {
        var cohorts = Build(Table(Categorical("sex", "M", "F", null, "F"), Boolean("smoker", true, true, true, true)));

        // Levels in the column's order (first appearance), the missing group last.
        Assert.Equal(["sex=M", "sex=F", "sex=(missing)"], cohorts.Attributes[0].Groups.Select(g => g.Subject));
        Assert.Equal([0, 1, 2, 1], cohorts.Attributes[0].RowGroups);

        // A boolean column seen with one value still has both groups, the absent one empty.
        Assert.Equal([new Cohort("smoker=false", 0, true, false), new Cohort("smoker=true", 4, true, false)], cohorts.Attributes[1].Groups);
    }

    [Fact]
    public void Every_pair_of_attributes_is_intersected_in_registration_order()
    {
        var cohorts = Build(Table(Categorical("sex", "F", "M", null), Numeric("site", 2, 1, 2), Categorical("unit", "icu", "icu", "ward")));

        Assert.Equal(["sex&site", "sex&unit", "site&unit"], cohorts.Intersections.Select(i => i.Name));
        var sexSite = cohorts.Intersections[0];
        Assert.Equal(["sex", "site"], sexSite.Attributes);
        Assert.True(sexSite.IsIntersection);

        // sex {F, M, (missing)} × site {1, 2}: six groups, row by row F&2, M&1, (missing)&2.
        Assert.Equal(["sex=F&site=1", "sex=F&site=2", "sex=M&site=1", "sex=M&site=2", "sex=(missing)&site=1", "sex=(missing)&site=2"], sexSite.Groups.Select(g => g.Subject));
        Assert.Equal([1, 2, 5], sexSite.RowGroups);
        Assert.Equal([false, false, false, false, true, true], sexSite.Groups.Select(g => g.Missing));
        Assert.Same(sexSite, cohorts.Find("sex&site"));
        Assert.Null(cohorts.Find("site&sex"));
    }

    [Fact]
    public void Groups_below_the_minimum_size_are_suppressed_and_cells_of_an_intersection_count_on_their_own()
    {
        // F 10 rows, M 9 rows: M is suppressed. Crossed with a site A/B split 5/5 and 5/4, every cell is below 10.
        string[] sex = [.. Enumerable.Repeat("F", 10), .. Enumerable.Repeat("M", 9)];
        string[] site = [.. Enumerable.Range(0, 19).Select(i => i % 10 < 5 ? "A" : "B")];

        var cohorts = Build(Table(Categorical("sex", sex), Categorical("site", site)));

        Assert.Equal(CohortSet.DefaultMinGroupSize, cohorts.MinGroupSize);
        Assert.Equal([new Cohort("sex=F", 10, false, false), new Cohort("sex=M", 9, true, false)], cohorts.Attributes[0].Groups);
        Assert.Equal([(5, true), (5, true), (5, true), (4, true)], cohorts.Intersections[0].Groups.Select(g => (g.Rows, g.Suppressed)));
    }

    [Fact]
    public void Only_sensitive_columns_of_the_data_other_than_the_label_and_score_are_grouped_and_the_result_repeats()
    {
        var data = Table(Categorical("sex", "F", "M"), Boolean("y", true, false), Numeric("score", 0.1, 0.9));
        var registration = new RegistrationInfo("m", "0", "t", "y", "true", ["y", "absent", "sex", "score", "sex"], ScoreColumn: "score");

        var first = CohortSet.Build(registration, data);
        var second = CohortSet.Build(registration, data);

        Assert.Equal(["sex"], first.Attributes.Select(a => a.Name));
        Assert.Empty(first.Intersections);
        Assert.Equal(first.Attributes[0].Groups, second.Attributes[0].Groups);
        Assert.Equal(first.Attributes[0].RowGroups, second.Attributes[0].RowGroups);
    }

    [Fact]
    public async Task The_engine_and_the_test_kit_hand_every_check_the_cohorts_built_from_the_registration()
    {
        var report = await CheckVerifier<CohortProbeCheck>.RunAsync(new CheckTest
        {
            Data = Table(Numeric("age", 30, 50, 70, double.NaN), Categorical("sex", "F", "F", "M", "M")),
            Registration = CheckTest.DefaultRegistration with
            {
                SensitiveAttributes = ["age", "sex"],
                CohortBands = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal) { ["age"] = [45] },
            },
        });

        // age: 30 below 45; 50 and 70 at or above; NaN missing. sex: F F M M. age&sex, three age groups by two sex
        // groups, row by row: <45&F, >=45&F, >=45&M, (missing)&M.
        Assert.Equal(
            [
                ("age=<45", 1.0), ("age=>=45", 2), ("age=(missing)", 1), ("sex=F", 2), ("sex=M", 2),
                ("age=<45&sex=F", 1), ("age=<45&sex=M", 0), ("age=>=45&sex=F", 1), ("age=>=45&sex=M", 1), ("age=(missing)&sex=F", 0), ("age=(missing)&sex=M", 1),
            ],
            report.Measurements.Select(m => (m.Subject!, m.Value)));
    }

    private static CohortSet Build(TabularData data, (string Attribute, double[] Edges)? bands = null) =>
        CohortSet.Build(
            new RegistrationInfo("m", "0", "t", null, null, [.. data.Columns.Select(c => c.Name)])
            {
                CohortBands = bands is { } b
                    ? new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal) { [b.Attribute] = b.Edges }
                    : new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal),
            },
            data);
}

/// <summary>Publishes the size of every cohort it is handed, so a test sees what a check sees.</summary>
[AuditCheck]
public sealed class CohortProbeCheck : AuditCheck
{
    private static readonly RuleDescriptor Rule = new("XAI6904", "Cohort probe", "Cohorts {0}", CheckFamily.DataQuality, Severity.Info, "Test rule.");

    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        foreach (var grouping in context.Cohorts.Attributes.Concat(context.Cohorts.Intersections))
        {
            foreach (var group in grouping.Groups)
            {
                context.Measure("cohort_rows", group.Rows, group.Subject);
            }
        }

        return ValueTask.CompletedTask;
    }
}
