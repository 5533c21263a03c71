namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// A unit mix-up a lab interface can make: the value the model receives is <c>Scale · x + Offset</c> of the value in
/// the unit it expects.
/// </summary>
/// <param name="Name">Short ASCII name, used in measurement subjects (<c>x18</c>, <c>C-&gt;F</c>).</param>
/// <param name="Label">The name as a reader writes it, in messages and evidence (<c>×18</c>, <c>°C→°F</c>).</param>
/// <param name="Description">What mix-up it stands for.</param>
/// <param name="Scale">Multiplier.</param>
/// <param name="Offset">Added after scaling.</param>
/// <param name="Analytes">Lower-case name fragments of features for which the mix-up is plausible.</param>
internal sealed record UnitConversion(string Name, string Label, string Description, double Scale, double Offset, IReadOnlyList<string> Analytes)
{
    /// <summary>
    /// The common medical conversions, both ways: glucose mg/dL ↔ mmol/L (factor 18.0, from the molar mass of glucose,
    /// 180.16 g/mol), creatinine mg/dL ↔ µmol/L (88.4, from 113.12 g/mol), temperature °C ↔ °F (x · 9/5 + 32).
    /// </summary>
    public static IReadOnlyList<UnitConversion> Common { get; } =
    [
        new("x18", "\u00D718", "glucose sent in mg/dL where mmol/L is expected", 18.0, 0, ["glucose", "glu"]),
        new("/18", "\u00F718", "glucose sent in mmol/L where mg/dL is expected", 1 / 18.0, 0, ["glucose", "glu"]),
        new("x88.4", "\u00D788.4", "creatinine sent in \u00B5mol/L where mg/dL is expected", 88.4, 0, ["creatinine", "creat", "crea"]),
        new("/88.4", "\u00F788.4", "creatinine sent in mg/dL where \u00B5mol/L is expected", 1 / 88.4, 0, ["creatinine", "creat", "crea"]),
        new("C->F", "\u00B0C\u2192\u00B0F", "temperature sent in \u00B0F where \u00B0C is expected", 9 / 5.0, 32, ["temperature", "temp"]),
        new("F->C", "\u00B0F\u2192\u00B0C", "temperature sent in \u00B0C where \u00B0F is expected", 5 / 9.0, -32 * 5 / 9.0, ["temperature", "temp"]),
    ];

    /// <summary>Applies the conversion.</summary>
    /// <param name="x">A value in the expected unit.</param>
    /// <returns>The value as the wrong unit would report it.</returns>
    public double Apply(double x) => (Scale * x) + Offset;

    /// <summary>Whether the mix-up is plausible for a feature: its name contains one of the analyte fragments (any case).</summary>
    /// <param name="feature">The feature's name.</param>
    /// <returns><see langword="true"/> when plausible.</returns>
    public bool IsPlausibleFor(string feature) =>
        Analytes.Any(a => feature.Contains(a, StringComparison.OrdinalIgnoreCase));
}
