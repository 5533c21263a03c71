namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// A unit mix-up a lab interface can make: the value the model receives is <c>Scale · x + Offset</c> of the value in
/// the unit it expects.
/// </summary>
/// <param name="Name">Short ASCII name, used in measurement subjects (<c>mg/dL-&gt;umol/L</c>).</param>
/// <param name="Label">The name as a reader writes it, in messages and evidence (<c>mg/dL→µmol/L</c>, <c>°C→°F</c>).</param>
/// <param name="Description">What mix-up it stands for.</param>
/// <param name="Scale">Multiplier.</param>
/// <param name="Offset">Added after scaling.</param>
internal sealed record UnitConversion(string Name, string Label, string Description, double Scale, double Offset)
{
    /// <summary>Applies the conversion.</summary>
    /// <param name="x">A value in the expected unit.</param>
    /// <returns>The value as the wrong unit would report it.</returns>
    public double Apply(double x) => (Scale * x) + Offset;
}
