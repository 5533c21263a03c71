namespace ExplainableAI.Sdk.Cohorts;

/// <summary>
/// The cohorts of one audit: the groups of every registered sensitive attribute and of every pair of them, defined once
/// by the engine from the registration and the evaluation data and handed to every check (<see cref="CheckContext.Cohorts"/>),
/// so fairness, robustness and attribution name the same groups the same way.
/// </summary>
/// <param name="Attributes">One grouping per sensitive attribute present in the evaluation data, in registration order.</param>
/// <param name="Intersections">One grouping per pair of those attributes (<c>sex&amp;age</c>), in registration order.</param>
/// <param name="MinGroupSize">Groups with fewer rows are <see cref="Cohort.Suppressed"/>.</param>
public sealed record CohortSet(IReadOnlyList<CohortGrouping> Attributes, IReadOnlyList<CohortGrouping> Intersections, int MinGroupSize)
{
    /// <summary>The smallest group whose numbers may be published: the medical-statistics small-cell rule.</summary>
    public const int DefaultMinGroupSize = 10;

    /// <summary>A numeric attribute without declared bands and with at most this many distinct values is grouped by value.</summary>
    public const int MaxNumericLevels = 10;

    /// <summary>No sensitive attributes: no cohorts.</summary>
    public static CohortSet Empty { get; } = new([], [], DefaultMinGroupSize);

    /// <summary>
    /// The band edges of a numeric attribute with more than <see cref="MaxNumericLevels"/> values that declares none:
    /// the age bands <c>&lt;40</c>, <c>[40,65)</c>, <c>&gt;=65</c>.
    /// </summary>
    public static IReadOnlyList<double> DefaultBands { get; } = [40, 65];

    /// <summary>The grouping of one attribute, or of an intersection written <c>first&amp;second</c>.</summary>
    /// <param name="name">The attribute or intersection name.</param>
    /// <returns>The grouping, or <see langword="null"/> when the audit has none by that name.</returns>
    public CohortGrouping? Find(string name) =>
        Attributes.Concat(Intersections).FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// Defines the cohorts of an audit, as the engine does: each sensitive attribute of <paramref name="registration"/>
    /// that is a column of <paramref name="evaluation"/> (and neither the label nor the score column) is grouped by level
    /// (categorical, boolean), by value (numeric with at most <see cref="MaxNumericLevels"/> values and no declared bands),
    /// or in bands (the edges declared in <see cref="RegistrationInfo.CohortBands"/>, else <see cref="DefaultBands"/>; a
    /// value equal to an edge belongs to the band above it); missing values form the group <c>attribute=(missing)</c>; and
    /// every pair of attributes is intersected. The result depends only on its inputs.
    /// </summary>
    /// <param name="registration">The registration: sensitive attributes and declared bands.</param>
    /// <param name="evaluation">The evaluation data.</param>
    /// <returns>The cohorts.</returns>
    public static CohortSet Build(RegistrationInfo registration, TabularData evaluation)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(evaluation);
        return CohortBuilder.Build(registration, evaluation, DefaultMinGroupSize);
    }
}
