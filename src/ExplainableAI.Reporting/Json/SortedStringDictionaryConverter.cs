using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExplainableAI.Reporting.Json;

/// <summary>Reads a JSON object into a dictionary and writes it back with keys in ordinal order.</summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class SortedStringDictionaryConverter<TValue> : JsonConverter<IReadOnlyDictionary<string, TValue>>
{
    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object, found {reader.TokenType}.");
        }

        var result = new Dictionary<string, TValue>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            var value = JsonSerializer.Deserialize<TValue>(ref reader, options)
                ?? throw new JsonException($"Expected a value for '{key}', found null.");
            if (!result.TryAdd(key, value))
            {
                throw new JsonException($"Expected each key once, found '{key}' twice.");
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, TValue> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var pair in value.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(pair.Key);
            JsonSerializer.Serialize(writer, pair.Value, options);
        }

        writer.WriteEndObject();
    }
}
