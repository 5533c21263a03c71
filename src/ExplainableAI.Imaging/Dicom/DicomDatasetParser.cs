using System.Buffers.Binary;
using System.Text;
using ExplainableAI.Sdk;

namespace ExplainableAI.Imaging.Dicom;

/// <summary>
/// Walks the elements of a DICOM Part 10 file (PS3.10 7.1: 128-byte preamble, "DICM", file meta group in explicit VR
/// little endian, then the data set in the file's transfer syntax) and keeps the top-level ones. Nested sequences are
/// skipped by their length or, for undefined lengths, by their delimiters. Every length is checked against the bytes
/// that remain, so a truncated or hostile file is refused with the byte offset at fault instead of read past its end.
/// </summary>
internal sealed class DicomDatasetParser
{
    private const int PreambleLength = 128;
    private const uint UndefinedLength = 0xFFFFFFFF;

    // Deeper nesting than this is not written by any modality; a file that claims it is refused before the stack is.
    private const int MaxSequenceDepth = 32;

    // VRs whose explicit-VR header has two reserved bytes and a 32-bit length (PS3.5 7.1.2).
    private static readonly HashSet<string> LongLengthVrs = new(StringComparer.Ordinal)
    {
        "OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV",
    };

    private readonly byte[] data;
    private readonly string source;
    private int position;
    private bool explicitVr = true;

    private DicomDatasetParser(byte[] data, string source)
    {
        this.data = data;
        this.source = source;
    }

    /// <summary>Parses the file's bytes into its transfer syntax and top-level elements.</summary>
    public static (string TransferSyntax, IReadOnlyDictionary<DicomTag, DicomElement> Elements) Parse(byte[] data, string source)
    {
        var parser = new DicomDatasetParser(data, source);
        return parser.Parse();
    }

    private (string, IReadOnlyDictionary<DicomTag, DicomElement>) Parse()
    {
        if (data.Length < PreambleLength + 4 || !data.AsSpan(PreambleLength, 4).SequenceEqual("DICM"u8))
        {
            throw Error($"not a DICOM Part 10 file: expected 'DICM' at byte {PreambleLength} after the 128-byte preamble");
        }

        position = PreambleLength + 4;
        var elements = new Dictionary<DicomTag, DicomElement>();

        // The file meta group is explicit VR little endian whatever the data set's transfer syntax is.
        while (position + 4 <= data.Length && BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(position)) == 0x0002)
        {
            var element = ReadElement(depth: 0);
            elements[element.Tag] = element;
        }

        if (!elements.TryGetValue(DicomTags.TransferSyntaxUid, out var syntaxElement))
        {
            throw Error("the file meta information has no Transfer Syntax UID (0002,0010)");
        }

        var syntax = ReadText(syntaxElement);
        if (!TransferSyntax.IsSupported(syntax))
        {
            throw Error($"transfer syntax {TransferSyntax.Describe(syntax)} is not supported: only uncompressed little endian "
                + $"({TransferSyntax.ImplicitVrLittleEndian} implicit VR, {TransferSyntax.ExplicitVrLittleEndian} explicit VR) is read; "
                + "convert the file first (e.g. dcmdjpeg or gdcmconv --raw)");
        }

        explicitVr = syntax == TransferSyntax.ExplicitVrLittleEndian;
        while (position < data.Length)
        {
            var element = ReadElement(depth: 0);
            elements[element.Tag] = element;
        }

        return (syntax, elements);
    }

    /// <summary>The value of a text element (UI, CS, DS, IS, LO, AS…) without its padding.</summary>
    public static string ReadText(byte[] data, DicomElement element) =>
        Encoding.ASCII.GetString(data, element.Offset, element.Length).TrimEnd('\0', ' ').TrimStart(' ');

    private string ReadText(DicomElement element) => ReadText(data, element);

    private DicomElement ReadElement(int depth)
    {
        var start = position;
        var tag = ReadTag();
        string? vr = null;
        uint length;
        if (tag.Group == 0xFFFE)
        {
            throw Error($"unexpected item tag {tag} at byte {start} outside a sequence");
        }

        if (explicitVr || tag.Group == 0x0002)
        {
            Require(2, start, "a two-letter value representation");
            vr = Encoding.ASCII.GetString(data, position, 2);
            if (!char.IsAsciiLetterUpper(vr[0]) || !char.IsAsciiLetterUpper(vr[1]))
            {
                throw Error($"element {tag} at byte {start}: expected a two-letter value representation, found bytes "
                    + $"0x{data[position]:X2} 0x{data[position + 1]:X2}");
            }

            position += 2;
            if (LongLengthVrs.Contains(vr))
            {
                Require(6, start, "two reserved bytes and a 32-bit length");
                position += 2;
                length = ReadUInt32();
            }
            else
            {
                Require(2, start, "a 16-bit length");
                length = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(position));
                position += 2;
            }
        }
        else
        {
            Require(4, start, "a 32-bit length");
            length = ReadUInt32();
        }

        if (length == UndefinedLength)
        {
            if (tag == DicomTags.PixelData)
            {
                throw Error($"pixel data at byte {start} is encapsulated (undefined length), which only compressed transfer syntaxes use");
            }

            var valueStart = position;
            SkipUndefinedLengthSequence(depth + 1);
            return new DicomElement(tag, vr, valueStart, 0);
        }

        if (length > (uint)(data.Length - position))
        {
            throw Error($"element {tag} at byte {start} claims {length} bytes but only {data.Length - position} remain (truncated file?)");
        }

        var element = new DicomElement(tag, vr, position, (int)length);
        position += (int)length;
        return element;
    }

    private void SkipUndefinedLengthSequence(int depth)
    {
        if (depth > MaxSequenceDepth)
        {
            throw Error($"sequences nested deeper than {MaxSequenceDepth} levels at byte {position}");
        }

        while (true)
        {
            var start = position;
            var tag = ReadTag();
            Require(4, start, "an item length");
            var length = ReadUInt32();
            if (tag == DicomTags.SequenceDelimitation)
            {
                return;
            }

            if (tag != DicomTags.Item)
            {
                throw Error($"expected an item (FFFE,E000) or sequence delimiter (FFFE,E0DD) at byte {start}, found {tag}");
            }

            if (length != UndefinedLength)
            {
                if (length > (uint)(data.Length - position))
                {
                    throw Error($"item at byte {start} claims {length} bytes but only {data.Length - position} remain (truncated file?)");
                }

                position += (int)length;
                continue;
            }

            // An item of undefined length holds elements up to its delimiter.
            while (true)
            {
                Require(4, position, "an element or the item delimiter (FFFE,E00D)");
                var next = new DicomTag(
                    BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(position)),
                    BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(position + 2)));
                if (next == DicomTags.ItemDelimitation)
                {
                    position += 4;
                    Require(4, position - 4, "the item delimiter's length");
                    position += 4;
                    break;
                }

                ReadElement(depth);
            }
        }
    }

    private DicomTag ReadTag()
    {
        Require(4, position, "a tag");
        var tag = new DicomTag(
            BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(position)),
            BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(position + 2)));
        position += 4;
        return tag;
    }

    private uint ReadUInt32()
    {
        var value = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(position));
        position += 4;
        return value;
    }

    private void Require(int bytes, int start, string expected)
    {
        if (data.Length - position < bytes)
        {
            throw Error($"the file ends at byte {data.Length} inside the element that starts at byte {start}: expected {expected}");
        }
    }

    private InvalidAuditInputException Error(string problem) => new(problem, file: source);
}
