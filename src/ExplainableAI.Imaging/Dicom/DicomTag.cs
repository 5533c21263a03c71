using System.Globalization;

namespace ExplainableAI.Imaging.Dicom;

/// <summary>A DICOM data element tag: group and element number, written as DICOM writes it, <c>(0028,0010)</c>.</summary>
/// <param name="Group">The group number.</param>
/// <param name="Element">The element number within the group.</param>
public readonly record struct DicomTag(ushort Group, ushort Element)
{
    /// <summary>The tag as <c>(gggg,eeee)</c> in upper-case hexadecimal.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({Group:X4},{Element:X4})");
}
