using System.Globalization;
using System.Text.Json;
using ExplainableAI.Sdk;

namespace ExplainableAI.Models;

/// <summary>
/// A JSON value together with the path that leads to it (<c>learner.gradient_booster.model.trees[3].split_indices</c>),
/// so that a missing or mistyped member of a model file is an <see cref="InvalidAuditInputException"/> naming the file,
/// the path and what was expected, never a <see cref="KeyNotFoundException"/> or an <see cref="InvalidOperationException"/>.
/// </summary>
/// <param name="Element">The value.</param>
/// <param name="Path">Its path from the root; empty for the root.</param>
/// <param name="File">The file it was read from.</param>
internal readonly record struct JsonField(JsonElement Element, string Path, string File)
{
    /// <summary>The root of a document.</summary>
    public static JsonField Root(JsonDocument document, string file) => new(document.RootElement, string.Empty, file);

    /// <summary>A member that must be present.</summary>
    public JsonField Member(string name, string expected) =>
        TryMember(name, out var value) ? value : throw new InvalidAuditInputException($"missing; expected {expected}", File, field: Join(name));

    /// <summary>A member that may be absent.</summary>
    public bool TryMember(string name, out JsonField value)
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Expected("an object");
        }

        var found = Element.TryGetProperty(name, out var element);
        value = found ? new JsonField(element, Join(name), File) : default;
        return found;
    }

    /// <summary>The entries of an array.</summary>
    /// <param name="expected">What the array should hold, for the error.</param>
    public IReadOnlyList<JsonField> Items(string expected)
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Expected(expected);
        }

        var items = new JsonField[Element.GetArrayLength()];
        var i = 0;
        foreach (var item in Element.EnumerateArray())
        {
            items[i] = new JsonField(item, $"{Path}[{i.ToString(CultureInfo.InvariantCulture)}]", File);
            i++;
        }

        return items;
    }

    /// <summary>A string value.</summary>
    public string String() => Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw Expected("a string");

    /// <summary>A whole number that fits in 32 bits.</summary>
    public int Int32() =>
        Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var value) ? value : throw Expected("a whole number");

    /// <summary>A number in single precision (the precision tree models store).</summary>
    public float Single() =>
        Element.ValueKind == JsonValueKind.Number && Element.TryGetSingle(out var value) && float.IsFinite(value) ? value : throw Expected("a finite number");

    /// <summary>A whole number written as a string, as XGBoost writes its parameters (<c>"num_feature": "3"</c>).</summary>
    public int Int32String() =>
        int.TryParse(String(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Expected("a whole number in a string");

    /// <summary>An error at this value: it is not what was expected.</summary>
    public InvalidAuditInputException Expected(string expected) =>
        new($"expected {expected}, found {Describe()}", File, field: Path.Length == 0 ? "(root)" : Path);

    private string Join(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    private string Describe() => Element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{Shorten(Element.GetString()!)}\"",
        JsonValueKind.Number => $"the number {Shorten(Element.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => Element.GetRawText(),
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
