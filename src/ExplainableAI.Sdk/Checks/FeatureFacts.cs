namespace ExplainableAI.Sdk;

/// <summary>
/// What the registration declares about one feature (manifest <c>data.features</c>): its unit, how the output must move
/// with it, whether it must not matter at all, its physiologically possible range and the drift statistic that decides
/// for it. Every field is optional.
/// </summary>
/// <param name="Unit">The unit the values are in (<c>mg/dL</c>, <c>mmol/L</c>, <c>°C</c>), used to pick conversion factors.</param>
/// <param name="Monotone">The declared direction, or <see cref="Monotonicity.None"/>.</param>
/// <param name="Irrelevant">The output must not change when this feature changes (an identifier, a site code).</param>
/// <param name="Minimum">The lowest physiologically possible value, if declared.</param>
/// <param name="Maximum">The highest physiologically possible value, if declared.</param>
/// <param name="DriftMethod">The drift statistic that decides for this column (one of
/// <see cref="DriftMethodNames.All"/> other than <see cref="DriftMethodNames.Auto"/>), or <see langword="null"/> for the default choice.</param>
public sealed record FeatureFacts(
    string? Unit = null,
    Monotonicity Monotone = Monotonicity.None,
    bool Irrelevant = false,
    double? Minimum = null,
    double? Maximum = null,
    string? DriftMethod = null);
