namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// One row of the unit table: a value in <see cref="From"/> equals <c>Scale · x + Offset</c> in <see cref="To"/>, for
/// the analytes named (any feature when the list is empty: the units alone fix the factor).
/// </summary>
/// <param name="Analytes">Lower-case name fragments of the analyte (empty: any feature).</param>
/// <param name="From">The first unit, as written in the table.</param>
/// <param name="To">The second unit.</param>
/// <param name="Scale">Multiplier from the first unit to the second.</param>
/// <param name="Offset">Added after scaling (temperature only).</param>
internal sealed record UnitFactor(IReadOnlyList<string> Analytes, string From, string To, double Scale, double Offset = 0)
{
    /// <summary>
    /// The table. Factors from molar masses: glucose 180.16 g/mol (mmol/L × 18.0 = mg/dL), creatinine 113.12 g/mol
    /// (mg/dL × 88.4 = µmol/L), lactate 90.08 g/mol (mmol/L × 9.01 = mg/dL), bilirubin 584.66 g/mol (mg/dL × 17.1 =
    /// µmol/L), calcium 40.08 g/mol (mg/dL × 0.2495 = mmol/L), urea nitrogen 2 × 14.007 g/mol (BUN mg/dL × 0.357 = urea
    /// mmol/L); mass concentrations by powers of ten (g/dL × 10 = g/L, mg/dL × 10 = mg/L); °C × 9/5 + 32 = °F.
    /// </summary>
    public static IReadOnlyList<UnitFactor> Table { get; } =
    [
        new(["glucose", "glu"], "mmol/L", "mg/dL", 18.0),
        new(["creatinine", "creat", "crea"], "mg/dL", "umol/L", 88.4),
        new(["lactate", "lactic", "lac"], "mmol/L", "mg/dL", 9.01),
        new(["bilirubin", "bili"], "mg/dL", "umol/L", 17.1),
        new(["calcium"], "mg/dL", "mmol/L", 0.2495),
        new(["urea", "bun"], "mg/dL", "mmol/L", 0.357),
        new([], "g/dL", "g/L", 10),
        new([], "mg/dL", "mg/L", 10),
        new([], "degC", "degF", 9 / 5.0, 32),
    ];

    /// <summary>
    /// The unit mix-ups plausible for a feature whose unit is declared: each table row that names one of the feature's
    /// analytes (or any feature) and has the declared unit on one side gives "sent in the other unit where the declared
    /// one is expected".
    /// </summary>
    /// <param name="feature">The feature's name.</param>
    /// <param name="unit">The declared unit.</param>
    /// <returns>The conversions, named <c>declared-&gt;other</c> (empty when the table has none for it).</returns>
    public static IReadOnlyList<UnitConversion> For(string feature, string unit)
    {
        var declared = Normalise(unit);
        var conversions = new List<UnitConversion>();
        foreach (var row in Table)
        {
            if (row.Analytes.Count > 0 && !row.Analytes.Any(a => feature.Contains(a, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (Normalise(row.From) == declared)
            {
                conversions.Add(new UnitConversion($"{row.From}->{row.To}", Shown(row.From) + "\u2192" + Shown(row.To), $"{feature} sent in {Shown(row.To)} where {Shown(row.From)} is expected", row.Scale, row.Offset));
            }
            else if (Normalise(row.To) == declared)
            {
                conversions.Add(new UnitConversion($"{row.To}->{row.From}", Shown(row.To) + "\u2192" + Shown(row.From), $"{feature} sent in {Shown(row.From)} where {Shown(row.To)} is expected", 1 / row.Scale, -row.Offset / row.Scale));
            }
        }

        return conversions;
    }

    /// <summary>
    /// A unit in a comparable form: case and spaces ignored, µ (micro sign or Greek mu) read as u, and °C, C, degC,
    /// celsius read as degc (likewise Fahrenheit).
    /// </summary>
    /// <param name="unit">The unit as written.</param>
    /// <returns>The normal form.</returns>
    public static string Normalise(string unit)
    {
        var u = unit.Trim().Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace('\u00B5', 'u').Replace('\u03BC', 'u').Replace("\u00B0", string.Empty, StringComparison.Ordinal)
            .ToLowerInvariant();
        return u switch
        {
            "c" or "degc" or "celsius" or "degreesc" => "degc",
            "f" or "degf" or "fahrenheit" or "degreesf" => "degf",
            _ => u,
        };
    }

    /// <summary>A unit of the table as a reader writes it: <c>umol/L</c> as <c>µmol/L</c>, <c>degC</c> as <c>°C</c>.</summary>
    /// <param name="unit">The unit as written in the table.</param>
    /// <returns>The text.</returns>
    public static string Shown(string unit) => unit switch
    {
        "degC" => "\u00B0C",
        "degF" => "\u00B0F",
        _ => unit.Replace("umol", "\u00B5mol", StringComparison.Ordinal),
    };
}
