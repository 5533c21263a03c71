namespace ExplainableAI.Imaging.Tests.Dicom;

/// <summary>pydicom's reading of one file: pixel_array, apply_modality_lut and apply_voi_lut normalised to [0, 1].</summary>
public sealed record PydicomReading(long[] PixelArray, int[] Shape, double[]? Modality, double[]? Windowed);
