using System.Runtime.InteropServices;

namespace ExplainableAI.Plugins.Attribution.Tests;

/// <summary>
/// Test-only bindings to LightGBM's C API (lib_lightgbm from the LightGBM 4.7.0 NuGet package): they train the reference models
/// and give LightGBM's own predictions and SHAP contributions. Never used by the product.
/// </summary>
internal static class LightGbmNative
{
    public const int Float32 = 0;
    public const int Float64 = 1;
    public const int PredictNormal = 0;
    public const int PredictRawScore = 1;
    public const int PredictContrib = 3;

    private const string Library = "lib_lightgbm";

    public static void Check(int code)
    {
        if (code != 0)
        {
            throw new InvalidOperationException("LightGBM: " + Marshal.PtrToStringUTF8(LGBM_GetLastError()));
        }
    }

    [DllImport(Library)]
    public static extern IntPtr LGBM_GetLastError();

    [DllImport(Library)]
    public static extern int LGBM_DatasetCreateFromMat(
        double[] data, int dataType, int rows, int columns, int isRowMajor, [MarshalAs(UnmanagedType.LPUTF8Str)] string parameters, IntPtr reference, out IntPtr dataset);

    [DllImport(Library)]
    public static extern int LGBM_DatasetSetField(IntPtr dataset, [MarshalAs(UnmanagedType.LPUTF8Str)] string field, float[] values, int count, int type);

    [DllImport(Library)]
    public static extern int LGBM_DatasetFree(IntPtr dataset);

    [DllImport(Library)]
    public static extern int LGBM_BoosterCreate(IntPtr dataset, [MarshalAs(UnmanagedType.LPUTF8Str)] string parameters, out IntPtr booster);

    [DllImport(Library)]
    public static extern int LGBM_BoosterUpdateOneIter(IntPtr booster, out int isFinished);

    [DllImport(Library)]
    public static extern int LGBM_BoosterSaveModel(
        IntPtr booster, int startIteration, int iterations, int importanceType, [MarshalAs(UnmanagedType.LPUTF8Str)] string file);

    [DllImport(Library)]
    public static extern int LGBM_BoosterPredictForMat(
        IntPtr booster, double[] data, int dataType, int rows, int columns, int isRowMajor, int predictType, int startIteration, int iterations,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string parameters, out long length, [Out] double[] result);

    [DllImport(Library)]
    public static extern int LGBM_BoosterFree(IntPtr booster);
}
