namespace ExplainableAI.Registry;

/// <summary>Whether a measurement's move is larger than its confidence intervals.</summary>
public enum IntervalOutcome
{
    /// <summary>One of the two values has no confidence interval, so the move cannot be judged against one.</summary>
    NoInterval,

    /// <summary>The two intervals overlap: the move may be sampling noise.</summary>
    WithinIntervals,

    /// <summary>The two intervals do not overlap: the move exceeds the uncertainty of either value.</summary>
    BeyondIntervals,
}
