using System.Buffers.Binary;
using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Imaging.Dicom;

/// <summary>Typed reads of the top-level elements of one file, with errors that name the file and the tag.</summary>
internal sealed class DicomAttributes(byte[] data, IReadOnlyDictionary<DicomTag, DicomElement> elements, string source)
{
    private static readonly (DicomTag Tag, string Name)[] DescriptiveTags =
    [
        (DicomTags.Modality, "Modality"),
        (DicomTags.Manufacturer, "Manufacturer"),
        (DicomTags.ManufacturerModelName, "ManufacturerModelName"),
        (DicomTags.PatientSex, "PatientSex"),
        (DicomTags.PatientAge, "PatientAge"),
    ];

    public string? Text(DicomTag tag) =>
        elements.TryGetValue(tag, out var element) ? DicomDatasetParser.ReadText(data, element) : null;

    public int? UInt16(DicomTag tag)
    {
        if (!elements.TryGetValue(tag, out var element))
        {
            return null;
        }

        if (element.Length < 2)
        {
            throw new InvalidAuditInputException($"element {tag} holds {element.Length} byte(s), an unsigned short (US) needs 2", file: source);
        }

        return BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(element.Offset));
    }

    /// <summary>An integer string (IS); the first value of a multi-valued one.</summary>
    public int? Integer(DicomTag tag) =>
        FirstValue(tag) is not { } text ? null
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : throw new InvalidAuditInputException($"element {tag} holds '{text}', an integer string (IS) was expected", file: source);

    /// <summary>A decimal string (DS); the first value of a multi-valued one (the first window of several).</summary>
    public double? Decimal(DicomTag tag) =>
        FirstValue(tag) is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
        : throw new InvalidAuditInputException($"element {tag} holds '{text}', a decimal string (DS) was expected", file: source);

    public InvalidAuditInputException Missing(DicomTag tag, string name) =>
        new($"the image has no {name} {tag}, which pixel data needs", file: source);

    public IReadOnlyDictionary<string, string> Descriptive()
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (tag, name) in DescriptiveTags)
        {
            if (Text(tag) is { Length: > 0 } value)
            {
                found[name] = value;
            }
        }

        return found;
    }

    private string? FirstValue(DicomTag tag)
    {
        var text = Text(tag);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var separator = text.IndexOf('\\', StringComparison.Ordinal);
        return (separator < 0 ? text : text[..separator]).Trim();
    }
}
