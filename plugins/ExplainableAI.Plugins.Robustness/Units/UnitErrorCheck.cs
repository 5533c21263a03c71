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

    /// <summary>The option of the number of bootstrap resamples of the AUROC drop's interval.</summary>
    public const string BootstrapSamplesOption = "bootstrap_samples";

    /// <summary>XAI4005: a plausible unit error silently flips many decisions.</summary>
    public static readonly RuleDescriptor Rule = new(
        RobustnessRuleIds.UnitErrorFlipsDecisions,
        "A unit error silently flips many decisions",
        "Feature '{0}' converted {1} ({2}) flips {3:P1} of decisions at threshold {4} without any error, above {5:P1}",
        CheckFamily.Robustness,
        Severity.Warning,
        "For a numeric feature whose unit the manifest declares (data.features.<name>.unit), applies every conversion the "
        + "unit table gives for that unit and analyte (glucose mmol/L-mg/dL x18.0; creatinine mg/dL-umol/L x88.4; lactate "
        + "mmol/L-mg/dL x9.01; bilirubin mg/dL-umol/L x17.1; calcium mg/dL-mmol/L x0.2495; urea/BUN mg/dL-mmol/L x0.357; any "
        + "analyte g/dL-g/L and mg/dL-mg/L x10, degC-degF as x*9/5+32), all of them plausible. For the other numeric features "
        + "it applies the common conversions (glucose x18 and /18, creatinine x88.4 and /88.4, C->F and F->C), plausible "
        + "when the feature's name contains the analyte (glucose/glu, creatinine/creat/crea, temperature/temp, any case) or "
        + "when all_features_plausible is 1. One feature and conversion per batch, in every row. Reported when a plausible "
        + "conversion flips more than max_flip_rate of decisions and the model gives no error and no NaN: the system "
        + "absorbs a wrong unit instead of rejecting it; add a range check at the interface. The evidence names the "
        + "sensitive-attribute group hit hardest.",
        ["EU-AIA-ART15-4", "EU-AIA-ART13-3B-III", "JP-MLQM-MODEL-STABILITY", "JP-BIZ-SAFETY-1", "GMLP-P6", "GMLP-P8"],
        [
            new RuleOption(MaxFlipRateOption, 0.2, "Flip rate (0 to 1) above which a plausible unit error is reported. Default 0.2."),
            new RuleOption(AllFeaturesPlausibleOption, 0, "1 to treat every common conversion as plausible for every numeric feature without a declared unit; 0 to match analytes by feature name. Default 0."),
            new RuleOption(BootstrapSamplesOption, 200, "Paired bootstrap resamples for the 95 % interval of the AUROC drop of each conversion (0: none). Default 200."),
        ]);

    private const string Yes = "yes";
    private const string No = "no";
    private const string Rejected = "rejected with an error";

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
        var bootstrap = (int)context.Option(Rule, BootstrapSamplesOption);
        var numeric = Enumerable.Range(0, session.Width).Where(f => session.Spreads[f].IsNumeric).ToArray();
        var done = 0;
        foreach (var f in numeric)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = session.Matrix.Features[f].Name;
            var (conversions, declared) = ConversionsFor(context.Registration, name);
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
            var rows = new List<IReadOnlyList<string>>();
            var reports = new List<(UnitConversion Conversion, ScoreChange Change, Evidence Evidence)>();
            for (var c = 0; c < conversions.Count; c++)
            {
                var conversion = conversions[c];
                var subject = name + ":" + conversion.Name;
                var plausible = declared || allPlausible || conversion.IsPlausibleFor(name);
                if (predicted[c].Scores is not { } scores)
                {
                    // The model rejected the value visibly: that is the behaviour this probe hopes for.
                    context.Measure("unit_error_rejected", 1, subject);
                    rows.Add([conversion.Label, conversion.Description, plausible ? Yes : No, Rejected, Rejected, Rejected]);
                    continue;
                }

                var change = session.Compare(scores);
                context.Measure("flip_rate", change.FlipRate, subject);
                context.Measure("mean_abs_score_change", change.MeanAbsScoreChange, subject);
                List<EvidenceMetric> metrics = [new("flip_rate", change.FlipRate, Threshold: maxFlipRate), new("mean_abs_score_change", change.MeanAbsScoreChange)];
                (double Lower, double Upper)? ci = null;
                if (!double.IsNaN(change.AurocDrop))
                {
                    ci = session.BootstrapAurocDrop(scores, context.Random, bootstrap, cancellationToken);
                    context.Measure("auroc_drop", change.AurocDrop, subject, ci?.Lower, ci?.Upper);
                    metrics.Add(new EvidenceMetric("auroc_drop", change.AurocDrop, ci?.Lower, ci?.Upper));
                }

                rows.Add([
                    conversion.Label,
                    conversion.Description,
                    plausible ? Yes : No,
                    Cells.Percent(change.FlipRate),
                    Cells.Fixed(change.MeanAbsScoreChange, 4),
                    Cells.Interval(change.AurocDrop, ci)]);
                if (!plausible)
                {
                    continue;
                }

                var impacts = session.GroupImpact(scores);
                GroupEvidence.Publish(context, subject, impacts);
                if (change.NonFiniteOutputs == 0 && change.FlipRate > maxFlipRate)
                {
                    var evidence = GroupEvidence.With(new Evidence(metrics), $"Decision flip rate by group when '{name}' is converted {conversion.Label}, worst first", impacts);
                    reports.Add((conversion, change, evidence));
                }
            }

            // Every conversion probed for the feature, shown once, with the feature's first finding.
            var table = new EvidenceTable(
                $"Unit errors probed for '{name}'",
                ["Conversion", "What it simulates", "Plausible for this feature", Words.FlipRate, Words.MeanScoreChange, Words.AurocDropWithInterval],
                rows);
            for (var i = 0; i < reports.Count; i++)
            {
                var (conversion, change, evidence) = reports[i];
                if (i == 0)
                {
                    evidence = evidence with { Tables = [table, .. evidence.Tables ?? []] };
                }

                context.Report(Rule, FindingLocation.ForColumn(name), evidence, name, conversion.Label, conversion.Description, change.FlipRate, session.Threshold, maxFlipRate);
            }

            context.ReportProgress(++done / (double)numeric.Length);
        }
    }

    /// <summary>
    /// The conversions probed for a feature: those of the unit table for its declared unit (all plausible), else, with no
    /// unit declared or none in the table for it, the common conversions (plausible by name).
    /// </summary>
    /// <param name="registration">The registration.</param>
    /// <param name="feature">The feature's name.</param>
    /// <returns>The conversions, and whether they come from a declared unit.</returns>
    internal static (IReadOnlyList<UnitConversion> Conversions, bool Declared) ConversionsFor(RegistrationInfo registration, string feature)
    {
        var unit = registration.FactsFor(feature).Unit;
        var declared = unit is null ? [] : UnitFactor.For(feature, unit);
        return declared.Count > 0 ? (declared, true) : (UnitConversion.Common, false);
    }
}
