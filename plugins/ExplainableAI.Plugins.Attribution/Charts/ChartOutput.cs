namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// The explained output as the charts name it: <c>margin</c> (log-odds of a binary classifier, or a class's margin),
/// <c>probability</c>, or <c>prediction</c> (a regressor's value); for a multiclass model, of one class.
/// </summary>
/// <param name="Name">margin, probability or prediction.</param>
/// <param name="ClassName">The plotted class of a multiclass model, else <see langword="null"/>.</param>
internal sealed record ChartOutput(string Name, string? ClassName = null)
{
    /// <summary>Axis label of attributions: <c>SHAP value (margin)</c>.</summary>
    public string ShapValue => ClassName is null
        ? Phrase.Format("SHAP value ({0})", Name)
        : Phrase.Format("SHAP value ({0} of class {1})", Name, ClassName);

    /// <summary>One feature's attributions: <c>SHAP value of lactate</c>, with the output when <paramref name="withOutput"/>.</summary>
    public string ShapValueOf(string feature, bool withOutput = false) =>
        !withOutput ? Phrase.Format("SHAP value of {0}", feature)
        : ClassName is null ? Phrase.Format("SHAP value of {0} ({1})", feature, Name)
        : Phrase.Format("SHAP value of {0} ({1} of class {2})", feature, Name, ClassName);
}
