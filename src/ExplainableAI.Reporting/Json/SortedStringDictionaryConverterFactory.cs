using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExplainableAI.Reporting.Json;

/// <summary>
/// Writes every <see cref="IReadOnlyDictionary{TKey, TValue}"/> keyed by string with its keys in ordinal order, so the
/// same report always serializes to the same bytes whatever order the configuration was built in.
/// </summary>
internal sealed class SortedStringDictionaryConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType
        && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
        && typeToConvert.GetGenericArguments()[0] == typeof(string);

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var valueType = typeToConvert.GetGenericArguments()[1];
        var converterType = typeof(SortedStringDictionaryConverter<>).MakeGenericType(valueType);
        return (JsonConverter)Activator.CreateInstance(converterType)!;
    }
}
