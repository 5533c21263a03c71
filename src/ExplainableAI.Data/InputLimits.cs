namespace ExplainableAI.Data;

/// <summary>
/// The largest data files the readers accept, so that hostile input is refused with a clear error before it exhausts memory
/// or reaches a limit of a library underneath (Sep stops at rows of 16 Mi characters). The README's "Input limits" lists them.
/// </summary>
internal static class InputLimits
{
    /// <summary>Columns per file: Excel's limit, and already far more than a report can show a reviewer.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>Characters in one CSV row (quotes and delimiters included): 8 Mi, half of what Sep can buffer.</summary>
    public const int MaxRowChars = 8 << 20;

    /// <summary>Characters in one value: 1 Mi, far beyond any measurement or category, short enough to show in a report.</summary>
    public const int MaxFieldChars = 1 << 20;
}
