using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Json;

/// <summary>
/// Writes an option value as the JSON value of its kind (<c>0.1</c>, <c>10</c>, <c>true</c>, <c>"ks"</c>,
/// <c>[40, 65]</c>, <c>["age"]</c>) and reads it back. A JSON number without a fraction or exponent that fits an
/// <see cref="int"/> reads as a whole number (a number option of value 10 is written the same way; the rule record's
/// <c>kind</c> tells them apart); an empty array reads as an empty list of numbers.
/// </summary>
internal sealed class RuleOptionValueConverter : JsonConverter<RuleOptionValue>
{
    /// <inheritdoc/>
    public override RuleOptionValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True or JsonTokenType.False:
                return RuleOptionValue.Boolean(reader.GetBoolean());
            case JsonTokenType.Number:
                return Number(ref reader);
            case JsonTokenType.String:
                return RuleOptionValue.Text(reader.GetString()!);
            case JsonTokenType.StartArray:
                var numbers = new List<double>();
                var texts = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.Number when texts.Count == 0:
                            numbers.Add(Finite(reader.GetDouble()));
                            break;
                        case JsonTokenType.String when numbers.Count == 0:
                            texts.Add(reader.GetString()!);
                            break;
                        default:
                            throw new JsonException("expected an option value list of only numbers or only strings");
                    }
                }

                return texts.Count > 0 ? RuleOptionValue.TextList(texts) : RuleOptionValue.NumberList(numbers);
            default:
                throw new JsonException("expected an option value: a number, true, false, a string, or a list of numbers or of strings");
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RuleOptionValue value, JsonSerializerOptions options)
    {
        switch (value.Kind)
        {
            case RuleOptionKind.Boolean:
                writer.WriteBooleanValue(value.AsBoolean());
                break;
            case RuleOptionKind.Integer:
                writer.WriteNumberValue(value.AsInteger());
                break;
            case RuleOptionKind.Text:
                writer.WriteStringValue(value.AsText());
                break;
            case RuleOptionKind.NumberList:
                writer.WriteStartArray();
                foreach (var number in value.AsNumbers())
                {
                    writer.WriteNumberValue(number);
                }

                writer.WriteEndArray();
                break;
            case RuleOptionKind.TextList:
                writer.WriteStartArray();
                foreach (var text in value.AsTexts())
                {
                    writer.WriteStringValue(text);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteNumberValue(value.AsNumber());
                break;
        }
    }

    private static RuleOptionValue Number(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        var whole = !raw.Any(b => b is (byte)'.' or (byte)'e' or (byte)'E');
        return whole && reader.TryGetInt32(out var integer) ? RuleOptionValue.Integer(integer) : RuleOptionValue.Number(Finite(reader.GetDouble()));
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : throw new JsonException("expected a finite option number");
}
