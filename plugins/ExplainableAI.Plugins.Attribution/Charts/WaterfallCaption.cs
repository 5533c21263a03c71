namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The subtitle of a waterfall: the output its bars end at and the base value they start from, with the model's probability
/// beside a margin. When the model's probability is the sigmoid of the margin (checked on the explained rows, not assumed from
/// the model's format, since ML.NET's calibrators map margins otherwise), both ends are also given as probabilities; when it is
/// not, the row's own probability from the model is given and the base value stays a margin.
/// </summary>
internal static class WaterfallCaption
{
    public const string SigmoidFormat = "margin {0} → probability {1}; base value {2} → {3} (the model's probability: sigmoid of the margin)";

    public const string CalibratedFormat = "margin {0}, model probability {1} (calibrated, not the sigmoid of the margin); base value {2}";

    public const string ClassMarginFormat = "margin of class {0}: {1}, model probability {2}; base value {3}";

    public const string ClassProbabilityFormat = "probability of class {0}: {1} from base value {2}";

    public const string OutputFormat = "{0} {1} from base value {2}";

    /// <summary>The logistic sigmoid 1 / (1 + e^−x).</summary>
    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>
    /// Whether every (margin, probability) pair agrees with p = σ(margin): within 10⁻⁶ relative to the nearer of p and 1 − p,
    /// plus 10⁻⁷ for a model computing in single precision. Pairs with a missing value are skipped; no pair means no.
    /// </summary>
    public static bool IsSigmoid(IEnumerable<(double Margin, double Probability)> pairs)
    {
        var any = false;
        foreach (var (margin, probability) in pairs)
        {
            if (double.IsNaN(margin) || double.IsNaN(probability))
            {
                continue;
            }

            var p = Sigmoid(margin);
            if (Math.Abs(p - probability) > (1e-6 * Math.Min(p, 1 - p)) + 1e-7)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <param name="output">The explained output.</param>
    /// <param name="sigmoid">Whether the model's probability is the sigmoid of the explained margin.</param>
    /// <param name="value">The explained output of the row (base value + Σ φ).</param>
    /// <param name="baseValue">The base value.</param>
    /// <param name="modelProbability">The model's probability for the row (of the plotted class), when it has one.</param>
    public static string Build(ChartOutput output, bool sigmoid, double value, double baseValue, double? modelProbability)
    {
        string N(double x) => NumberText.Format(x);
        var margin = output.Name == ChartOutputs.Margin;
        return (output.ClassName, margin, modelProbability) switch
        {
            (null, true, _) when sigmoid => Phrase.Format(SigmoidFormat, N(value), N(Sigmoid(value)), N(baseValue), N(Sigmoid(baseValue))),
            (null, true, { } p) => Phrase.Format(CalibratedFormat, N(value), N(p), N(baseValue)),
            ({ } c, true, { } p) => Phrase.Format(ClassMarginFormat, c, N(value), N(p), N(baseValue)),
            ({ } c, false, _) => Phrase.Format(ClassProbabilityFormat, c, N(value), N(baseValue)),
            _ => Phrase.Format(OutputFormat, output.Name, N(value), N(baseValue)),
        };
    }
}
