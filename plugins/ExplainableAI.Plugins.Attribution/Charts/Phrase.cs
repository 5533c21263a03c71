using System.Globalization;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// Fills an English phrase of a chart or table. The phrase is also the key of its translation (i18n/ja.json), with the
/// same placeholders, so the words live in one constant and the numbers are put in already formatted (<see cref="NumberText"/>).
/// </summary>
internal static class Phrase
{
    public static string Format(string format, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
}
