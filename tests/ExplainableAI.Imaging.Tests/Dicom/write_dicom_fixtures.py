"""Writes DICOM test files with pydicom and, beside each, what pydicom itself reads from it (JSON).

Run by the imaging tests at test time: python3 write_dicom_fixtures.py OUT_DIR. Needs python3-pydicom and python3-numpy.
Expected values are pydicom's own: pixel_array, apply_modality_lut and apply_voi_lut, the last normalised to [0, 1]
by the output range pydicom uses (PS3.3 C.11.2.1.2)."""
import json
import os
import sys

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
from pydicom.pixel_data_handlers.util import apply_modality_lut, apply_voi_lut
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian, generate_uid

OUT = sys.argv[1]
rng = np.random.default_rng(20261206)


def base(syntax):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    meta.MediaStorageSOPInstanceUID = generate_uid(entropy_srcs=["xai", syntax])
    meta.TransferSyntaxUID = syntax
    ds = FileDataset("", {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.Modality = "OT"
    ds.Manufacturer = "ACME Imaging"
    ds.ManufacturerModelName = "Scope 3"
    ds.PatientSex = "F"
    ds.PatientAge = "067Y"
    ds.is_little_endian = True
    ds.is_implicit_VR = syntax == ImplicitVRLittleEndian
    return ds


def pixels(ds, arr, photometric, bits_stored=None, planar=0):
    ds.PhotometricInterpretation = photometric
    ds.SamplesPerPixel = 3 if photometric == "RGB" else 1
    if photometric == "RGB":
        ds.PlanarConfiguration = planar
    frames = arr.shape[0] if (arr.ndim == 3 and photometric != "RGB") or arr.ndim == 4 else 1
    if frames > 1:
        ds.NumberOfFrames = frames
    ds.Rows, ds.Columns = (arr.shape[-3], arr.shape[-2]) if photometric == "RGB" else (arr.shape[-2], arr.shape[-1])
    ds.BitsAllocated = arr.dtype.itemsize * 8
    ds.BitsStored = bits_stored or ds.BitsAllocated
    ds.HighBit = ds.BitsStored - 1
    ds.PixelRepresentation = 1 if arr.dtype.kind == "i" else 0
    data = arr
    if photometric == "RGB" and planar == 1:
        # pydicom's pixel_array undoes planar configuration 1; store the planes one after the other.
        data = np.moveaxis(arr, -1, -3).copy()
    ds.PixelData = data.tobytes()


def save(name, ds):
    path = os.path.join(OUT, name + ".dcm")
    ds.save_as(path, write_like_original=False)
    back = pydicom.dcmread(path)
    arr = back.pixel_array
    expected = {"pixel_array": arr.astype(np.int64).ravel().tolist(), "shape": list(arr.shape)}
    if back.PhotometricInterpretation != "RGB":
        modality = apply_modality_lut(arr, back)
        expected["modality"] = np.asarray(modality, dtype=np.float64).ravel().tolist()
        if "WindowCenter" in back:
            voi = apply_voi_lut(np.asarray(modality, dtype=np.float64), back)
            bits = back.BitsStored
            lo, hi = (0, 2**bits - 1) if back.PixelRepresentation == 0 else (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1)
            if back.get("RescaleSlope") is not None and back.get("RescaleIntercept") is not None:
                lo, hi = lo * float(back.RescaleSlope) + float(back.RescaleIntercept), hi * float(back.RescaleSlope) + float(back.RescaleIntercept)
            expected["windowed"] = ((np.asarray(voi, dtype=np.float64) - lo) / (hi - lo)).ravel().tolist()
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(expected, f)


# CT-like: signed 12 of 16 bits, Hounsfield rescale, a soft-tissue window, explicit VR.
ds = base(ExplicitVRLittleEndian)
pixels(ds, rng.integers(-2048, 2048, size=(7, 5), dtype=np.int16), "MONOCHROME2", bits_stored=12)
ds.RescaleSlope, ds.RescaleIntercept = 1, -1024
ds.WindowCenter, ds.WindowWidth = 40, 400
save("ct_explicit_signed12", ds)

# Unsigned 16 bits, implicit VR, fractional rescale, two windows (the first is used), a sequence before the pixels.
ds = base(ImplicitVRLittleEndian)
pixels(ds, rng.integers(0, 65536, size=(6, 9), dtype=np.uint16), "MONOCHROME2")
ds.RescaleSlope, ds.RescaleIntercept = "2.5", "-10"
ds.WindowCenter = pydicom.multival.MultiValue(pydicom.valuerep.DSfloat, ["80000", "1000"])
ds.WindowWidth = pydicom.multival.MultiValue(pydicom.valuerep.DSfloat, ["40000", "500"])
item = Dataset()
item.ReferencedSOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
item.ReferencedSOPInstanceUID = generate_uid(entropy_srcs=["xai", "ref"])
inner = Dataset()
inner.CodeValue, inner.CodingSchemeDesignator, inner.CodeMeaning = "T-D0050", "SRT", "Tissue"
item.PurposeOfReferenceCodeSequence = Sequence([inner])
ds.ReferencedImageSequence = Sequence([item, Dataset()])
# Undefined lengths with delimiters (sequences and items) here; defined lengths in the explicit VR copy below.
ds["ReferencedImageSequence"].is_undefined_length = True
item.is_undefined_length_sequence_item = True
item["PurposeOfReferenceCodeSequence"].is_undefined_length = True
inner.is_undefined_length_sequence_item = True
save("mono16_implicit_sequence", ds)

# The same sequence in explicit VR, with defined lengths.
ds["ReferencedImageSequence"].is_undefined_length = False
item.is_undefined_length_sequence_item = False
item["PurposeOfReferenceCodeSequence"].is_undefined_length = False
inner.is_undefined_length_sequence_item = False
ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
ds.is_implicit_VR = False
save("mono16_explicit_sequence", ds)

# 8-bit endoscopy-like grey image, no rescale, no window, implicit VR.
ds = base(ImplicitVRLittleEndian)
pixels(ds, rng.integers(0, 256, size=(4, 6), dtype=np.uint8), "MONOCHROME2")
save("mono8_implicit", ds)

# RGB, interleaved and planar.
for planar in (0, 1):
    ds = base(ExplicitVRLittleEndian)
    pixels(ds, rng.integers(0, 256, size=(3, 4, 3), dtype=np.uint8), "RGB", planar=planar)
    save(f"rgb_planar{planar}", ds)

# Three frames, LINEAR_EXACT and SIGMOID windows.
for function in ("LINEAR_EXACT", "SIGMOID"):
    ds = base(ExplicitVRLittleEndian)
    pixels(ds, rng.integers(0, 4096, size=(3, 2, 5), dtype=np.uint16), "MONOCHROME2", bits_stored=12)
    ds.WindowCenter, ds.WindowWidth, ds.VOILUTFunction = 2000, 1500, function
    save("frames3_" + function.lower(), ds)

# Refused: a JPEG Baseline file (encapsulated pixel data) and an explicit VR big endian one.
ds = base(ExplicitVRLittleEndian)
pixels(ds, rng.integers(0, 256, size=(4, 4), dtype=np.uint8), "MONOCHROME2")
ds.file_meta.TransferSyntaxUID = "1.2.840.10008.1.2.4.50"
ds.PixelData = pydicom.encaps.encapsulate([b"\xff\xd8\xff\xd9"])
ds["PixelData"].is_undefined_length = True
ds.save_as(os.path.join(OUT, "refused_jpeg_baseline.dcm"), write_like_original=False)

ds = base(ExplicitVRLittleEndian)
pixels(ds, rng.integers(0, 256, size=(4, 4), dtype=np.uint8), "MONOCHROME2")
ds.file_meta.TransferSyntaxUID = "1.2.840.10008.1.2.2"
ds.is_little_endian = False
ds.save_as(os.path.join(OUT, "refused_big_endian.dcm"), write_like_original=False)

# Refused: palette colour.
ds = base(ExplicitVRLittleEndian)
pixels(ds, rng.integers(0, 256, size=(4, 4), dtype=np.uint8), "MONOCHROME2")
ds.PhotometricInterpretation = "PALETTE COLOR"
ds.save_as(os.path.join(OUT, "refused_palette.dcm"), write_like_original=False)
