using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExplainableAI.Cli;

/// <summary>JSON for <c>xai history --json</c> and <c>xai compare --json</c>: camelCase, enums as camelCase strings, NaN as "NaN".</summary>
internal static class RegistryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
        NewLine = "\n",
    };

    public static void Write<T>(TextWriter output, T value) => output.WriteLine(JsonSerializer.Serialize(value, Options));
}
