using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using ExplainableAI.Core;

namespace ExplainableAI.Reporting.Json;

/// <summary>The one serializer configuration of <c>report.json</c>, shared by writing and reading so the two cannot drift.</summary>
internal static class ReportJsonOptions
{
    /// <summary>Read-only options: camelCase, enums as camelCase strings, indented with <c>\n</c>, nulls written.</summary>
    public static JsonSerializerOptions Instance { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            MaxDepth = AuditReportJson.MaxDepth,
            WriteIndented = true,
            NewLine = "\n",

            // Nulls are written, not omitted: every constructor parameter is then present, so reading can insist on
            // all of them (a dropped property is an error, not a silent null).
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,

            // Checks may produce NaN or infinities (an undefined rate, an empty group); JSON has no literal for them,
            // so they are written as the strings "NaN", "Infinity" and "-Infinity" and read back exactly.
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,

            // Reading is strict: a missing required property, a null where none is allowed, or an unknown property is
            // an error in the input, not something to guess around.
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,

            // Keeps non-ASCII text (Japanese findings, names) readable while still escaping HTML-sensitive characters.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitDerivedMembers } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new SortedStringDictionaryConverterFactory());
        options.Converters.Add(new RuleOptionValueConverter());
        options.Converters.Add(new RegistrationRecordConverter());
        options.MakeReadOnly();
        return options;
    }

    // Finding.IsActive is derived from Suppression; writing it would state the same fact twice.
    private static void OmitDerivedMembers(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(Finding))
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Name == "isActive")
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}
