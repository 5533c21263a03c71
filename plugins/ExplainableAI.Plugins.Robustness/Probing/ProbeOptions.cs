using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>The options every check that probes all rows shares: how many rows it probes, and how its intervals are computed.</summary>
internal static class ProbeOptions
{
    /// <summary>The option of the number of rows probed.</summary>
    public const string SampleRows = "probe_sample_rows";

    /// <summary>The option of the number of bootstrap resamples of the AUROC drop's interval.</summary>
    public const string BootstrapSamples = "bootstrap_samples";

    /// <summary>The rows probed: a stratified sample of the larger data sets.</summary>
    public static RuleOption SampleRowsOption { get; } = RuleOption.Integer(
        SampleRows,
        50000,
        "Rows probed: when the evaluation data has more, a sample of this many rows stratified by label and drawn with the audit seed; flip rates, score changes and AUROC drops with their intervals are then those of the sample (probe_rows in the evidence). 0: every row. Default 50000.");

    /// <summary>The interval of the AUROC drop: DeLong's paired interval, or a paired Poisson bootstrap.</summary>
    public static RuleOption BootstrapSamplesOption { get; } = RuleOption.Integer(
        BootstrapSamples,
        0,
        "0 for DeLong's paired 95 % interval of the AUROC drop (asymptotic, O(n log n)); a positive number for a paired Poisson-bootstrap percentile interval with that many resamples instead. Default 0.");
}
