namespace ExplainableAI.Regulatory;

/// <summary>Maps the Japanese PMD Act class to its catalog entry.</summary>
public static class JapaneseDeviceClassifier
{
    /// <summary>The catalog entry for a class.</summary>
    /// <param name="deviceClass">The PMD Act class.</param>
    /// <returns>The classification, with its <c>JP-PMD-CLASS-*</c> ID.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined class.</exception>
    public static JapaneseDeviceClassification Classify(JapaneseDeviceClass deviceClass) => deviceClass switch
    {
        JapaneseDeviceClass.I => new(deviceClass, "JP-PMD-CLASS-I"),
        JapaneseDeviceClass.II => new(deviceClass, "JP-PMD-CLASS-II"),
        JapaneseDeviceClass.III => new(deviceClass, "JP-PMD-CLASS-III"),
        JapaneseDeviceClass.IV => new(deviceClass, "JP-PMD-CLASS-IV"),
        _ => throw new ArgumentOutOfRangeException(nameof(deviceClass), deviceClass, "Not a PMD Act device class."),
    };

    /// <summary>Parses a declared class as the registration manifest writes it (<c>I</c>…<c>IV</c>, optionally <c>Class II</c> or <c>クラスII</c>).</summary>
    /// <param name="text">The declared class.</param>
    /// <param name="deviceClass">The class, when recognised.</param>
    /// <returns><see langword="true"/> when recognised.</returns>
    public static bool TryParse(string? text, out JapaneseDeviceClass deviceClass)
    {
        var t = text?.Trim() ?? string.Empty;
        if (t.StartsWith("Class", StringComparison.OrdinalIgnoreCase))
        {
            t = t[5..].Trim();
        }
        else if (t.StartsWith("クラス", StringComparison.Ordinal))
        {
            t = t[3..].Trim();
        }

        (var ok, deviceClass) = t switch
        {
            "I" or "Ⅰ" => (true, JapaneseDeviceClass.I),
            "II" or "Ⅱ" => (true, JapaneseDeviceClass.II),
            "III" or "Ⅲ" => (true, JapaneseDeviceClass.III),
            "IV" or "Ⅳ" => (true, JapaneseDeviceClass.IV),
            _ => (false, default),
        };
        return ok;
    }
}
