using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Reporting.Json;

/// <summary>
/// Writes the report's <c>registration</c> object as one flat object, as schema 1.x has always had it: the members of
/// <see cref="RegistrationRecord.Declared"/> (the SDK's registration, whatever members it has) with the host's
/// <c>regulatory</c> after <c>intendedUsers</c> and <c>manifestPath</c> after <c>scoreColumn</c>. Nesting the declared
/// part in its own object would change report.json for the same audit, so the host's wrapper is flattened here instead.
/// </summary>
internal sealed class RegistrationRecordConverter : JsonConverter<RegistrationRecord>
{
    private static readonly string RegulatoryName = JsonNamingPolicy.CamelCase.ConvertName(nameof(RegistrationRecord.Regulatory));
    private static readonly string ManifestPathName = JsonNamingPolicy.CamelCase.ConvertName(nameof(RegistrationRecord.ManifestPath));

    // Where schema 1.x places the members that are not the SDK's, and where it places intendedUsers (a member the SDK
    // type declares after its constructor's, but that the schema lists right after intendedPurpose).
    private static readonly string IntendedPurposeName = JsonNamingPolicy.CamelCase.ConvertName(nameof(RegistrationInfo.IntendedPurpose));
    private static readonly string IntendedUsersName = JsonNamingPolicy.CamelCase.ConvertName(nameof(RegistrationInfo.IntendedUsers));
    private static readonly string ScoreColumnName = JsonNamingPolicy.CamelCase.ConvertName(nameof(RegistrationInfo.ScoreColumn));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RegistrationRecord value, JsonSerializerOptions options)
    {
        var declared = options.GetTypeInfo(typeof(RegistrationInfo));
        var intendedUsers = declared.Properties.Single(p => p.Name == IntendedUsersName);
        writer.WriteStartObject();
        foreach (var property in declared.Properties.Where(p => p != intendedUsers))
        {
            Member(writer, property, value.Declared, options);
            if (property.Name == IntendedPurposeName)
            {
                Member(writer, intendedUsers, value.Declared, options);
                writer.WritePropertyName(RegulatoryName);
                JsonSerializer.Serialize(writer, value.Regulatory, options);
            }
            else if (property.Name == ScoreColumnName)
            {
                writer.WritePropertyName(ManifestPathName);
                JsonSerializer.Serialize(writer, value.ManifestPath, options);
            }
        }

        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    public override RegistrationRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (JsonNode.Parse(ref reader) is not JsonObject members)
        {
            throw new JsonException("expected a registration object");
        }

        var regulatory = Take(members, RegulatoryName).Deserialize<RegulatoryFacts>(options)
            ?? throw new JsonException($"expected an object for '{RegulatoryName}' in the registration, found null");
        var manifestPath = Take(members, ManifestPathName)?.Deserialize<string>(options);

        // The SDK type's constructor gives two parameters defaults; the report always writes them, so reading insists
        // on every constructor parameter as it does on every other record's.
        var declaredInfo = options.GetTypeInfo(typeof(RegistrationInfo));
        foreach (var property in declaredInfo.Properties.Where(p => p.AssociatedParameter is not null))
        {
            _ = Take(members, property.Name, remove: false);
        }

        var declared = members.Deserialize<RegistrationInfo>(options) ?? throw new JsonException("expected a registration object, found null");
        return new RegistrationRecord(declared, regulatory, manifestPath);
    }

    private static void Member(Utf8JsonWriter writer, JsonPropertyInfo property, RegistrationInfo declared, JsonSerializerOptions options)
    {
        writer.WritePropertyName(property.Name);
        JsonSerializer.Serialize(writer, property.Get!(declared), property.PropertyType, options);
    }

    private static JsonNode? Take(JsonObject members, string name, bool remove = true)
    {
        if (!members.TryGetPropertyValue(name, out var value))
        {
            throw new JsonException($"the registration lacks its required property '{name}'");
        }

        if (remove)
        {
            members.Remove(name);
        }

        return value;
    }
}
