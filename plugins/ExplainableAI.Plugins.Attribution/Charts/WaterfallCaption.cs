namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The subtitle of a waterfall: the output its bars end at and the base value they start from, with the model's probability
/// beside a margin. When the model's probability is the sigmoid of the margin (checked on the explained rows, not assumed from
/// the model's format, since ML.NET's calibrators map margins otherwise), both ends are also given as probabilities; when it is
/// a Platt calibration of it, the calibration is named; when neither reproduces the model, the row's own probability from the
/// model is given and the base value stays a margin.
/// </summary>
internal static class WaterfallCaption
{
    public const string SigmoidFormat = "margin {0} → probability {1}; base value {2} → {3} (the model's probability: sigmoid of the margin)";

    public const string PlattFormat = "margin {0} → probability {1}; base value {2} → {3} (the model's probability: σ({4} × margin {5}), as on every explained row)";

    public const string PlattSlopeFormat = "margin {0} → probability {1}; base value {2} → {3} (the model's probability: σ({4} × margin), as on every explained row)";

    public const string CalibratedFormat = "margin {0}, model probability {1} (calibrated, not a sigmoid of the margin); base value {2}";

    public const string ClassMarginFormat = "margin of class {0}: {1}, model probability {2}; base value {3}";

    public const string ClassProbabilityFormat = "probability of class {0}: {1} from base value {2}";

    public const string OutputFormat = "{0} {1} from base value {2}";

    /// <param name="output">The explained output.</param>
    /// <param name="link">How the model's probability follows from the explained margin, when it does (<see cref="MarginLink"/>).</param>
    /// <param name="value">The explained output of the row (base value + Σ φ).</param>
    /// <param name="baseValue">The base value.</param>
    /// <param name="modelProbability">The model's probability for the row (of the plotted class), when it has one.</param>
    public static string Build(ChartOutput output, MarginLink? link, double value, double baseValue, double? modelProbability)
    {
        string N(double x) => NumberText.Format(x);
        var margin = output.Name == ChartOutputs.Margin;
        return (output.ClassName, margin, modelProbability) switch
        {
            (null, true, _) when link is { IsSigmoid: true } => Phrase.Format(SigmoidFormat, N(value), N(link.Probability(value)), N(baseValue), N(link.Probability(baseValue))),
            (null, true, { } p) when link is { B: 0 } slope => Phrase.Format(
                PlattSlopeFormat, N(value), N(p), N(baseValue), N(slope.Probability(baseValue)), N(slope.A)),
            (null, true, { } p) when link is { } platt => Phrase.Format(
                PlattFormat, N(value), N(p), N(baseValue), N(platt.Probability(baseValue)), N(platt.A), (platt.B < 0 ? NumberText.Minus : '+') + " " + N(Math.Abs(platt.B))),
            (null, true, { } p) => Phrase.Format(CalibratedFormat, N(value), N(p), N(baseValue)),
            ({ } c, true, { } p) => Phrase.Format(ClassMarginFormat, c, N(value), N(p), N(baseValue)),
            ({ } c, false, _) => Phrase.Format(ClassProbabilityFormat, c, N(value), N(baseValue)),
            _ => Phrase.Format(OutputFormat, output.Name, N(value), N(baseValue)),
        };
    }
}
