using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Unit errors: every numeric feature converted by each common medical unit conversion (as if the lab had sent another
/// unit); how many decisions flip, and whether the model notices (an error or a NaN) or silently absorbs the value.
/// </summary>
[AuditCheck]
public sealed class UnitErrorCheck : AuditCheck
{
    /// <summary>The option of the flip rate above which a plausible unit error is reported.</summary>
    public const string MaxFlipRateOption = "max_flip_rate";

    /// <summary>The option that treats every conversion as plausible for every numeric feature (1) or only by name (0).</summary>
    public const string AllFeaturesPlausibleOption = "all_features_plausible";

    /// <summary>XAI4005: a plausible unit error silently flips many decisions.</summary>
    public static readonly RuleDescriptor Rule = new(
        RobustnessRuleIds.UnitErrorFlipsDecisions,
        "A unit error silently flips many decisions",
        "Feature '{0}' converted {1} ({2}) flips {3:P1} of decisions at threshold {4} without any error, above {5:P1}",
        CheckFamily.Robustness,
        Severity.Warning,
        "Applies each common conversion (glucose x18 and /18 for mg/dL and mmol/L; creatinine x88.4 and /88.4 for umol/L and "
        + "mg/dL; temperature C->F as x*9/5+32 and F->C) to every numeric feature in every row, one feature and conversion "
        + "per batch, and publishes the flip rate of each pair. A conversion is plausible for a feature whose name contains "
        + "the analyte (glucose/glu, creatinine/creat/crea, temperature/temp, any case), or for every numeric feature when "
        + "all_features_plausible is 1, until the manifest can declare each feature's unit. Reported when a plausible "
        + "conversion flips more than max_flip_rate of decisions and the model gives no error and no NaN: the system "
        + "absorbs a wrong unit instead of rejecting it; add a range check at the interface or declare the unit.",
        ["EU-AIA-ART15-4", "EU-AIA-ART13-3B-III", "JP-MLQM-MODEL-STABILITY", "JP-BIZ-SAFETY-1", "GMLP-P6", "GMLP-P8"],
        [
            new RuleOption(MaxFlipRateOption, 0.2, "Flip rate (0 to 1) above which a plausible unit error is reported. Default 0.2."),
            new RuleOption(AllFeaturesPlausibleOption, 0, "1 to treat every conversion as plausible for every numeric feature; 0 to match analytes by feature name. Default 0."),
        ]);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = await ProbeSession.OpenAsync(context, cancellationToken).ConfigureAwait(false);
        var maxFlipRate = context.Option(Rule, MaxFlipRateOption);
        var allPlausible = context.Option(Rule, AllFeaturesPlausibleOption) >= 0.5;
        var numeric = Enumerable.Range(0, session.Width).Where(f => session.Spreads[f].IsNumeric).ToArray();
        var conversions = UnitConversion.Common;
        var done = 0;
        foreach (var f in numeric)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = session.Matrix.Features[f].Name;
            var variants = conversions.Select(conversion =>
            {
                var values = session.CopyValues();
                for (var r = 0; r < session.Rows; r++)
                {
                    var index = (r * session.Width) + f;
                    values[index] = conversion.Apply(values[index]);
                }

                return values;
            }).ToList();
            var predicted = session.PredictEach(variants, cancellationToken);
            for (var c = 0; c < conversions.Count; c++)
            {
                var conversion = conversions[c];
                var subject = name + ":" + conversion.Name;
                if (predicted[c].Scores is not { } scores)
                {
                    // The model rejected the value visibly: that is the behaviour this probe hopes for.
                    context.Measure("unit_error_rejected", 1, subject);
                    continue;
                }

                var change = session.Compare(scores);
                context.Measure("flip_rate", change.FlipRate, subject);
                context.Measure("mean_abs_score_change", change.MeanAbsScoreChange, subject);
                if (!double.IsNaN(change.AurocDrop))
                {
                    context.Measure("auroc_drop", change.AurocDrop, subject);
                }

                var silent = change.NonFiniteOutputs == 0;
                if (silent && change.FlipRate > maxFlipRate && (allPlausible || conversion.IsPlausibleFor(name)))
                {
                    var evidence = Evidence.Of(
                        new EvidenceMetric("flip_rate", change.FlipRate, Threshold: maxFlipRate),
                        new EvidenceMetric("mean_abs_score_change", change.MeanAbsScoreChange));
                    context.Report(Rule, FindingLocation.ForColumn(name), evidence, name, conversion.Name, conversion.Description, change.FlipRate, session.Threshold, maxFlipRate);
                }

            }

            context.ReportProgress(++done / (double)numeric.Length);
        }
    }
}
