using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Robustness;

/// <summary>
/// Unit errors: every numeric feature whose unit the manifest declares converted by each unit mix-up known for that unit
/// and analyte (as if the lab had sent another unit); how many decisions flip, and whether the model notices (an error or
/// a NaN) or silently absorbs the value. Features without a declared unit, or with a unit no mix-up is known for, are
/// not probed: a conversion means nothing without the unit it starts from.
/// </summary>
[AuditCheck]
public sealed class UnitErrorCheck : AuditCheck
{
    /// <summary>The option of the flip rate above which a unit error is reported.</summary>
    public const string MaxFlipRateOption = "max_flip_rate";

    /// <summary>The option of the number of bootstrap resamples of the AUROC drop's interval (0: DeLong's paired interval).</summary>
    public const string BootstrapSamplesOption = ProbeOptions.BootstrapSamples;

    /// <summary>The option of the number of rows probed (a stratified sample of larger data).</summary>
    public const string ProbeSampleRowsOption = ProbeOptions.SampleRows;

    /// <summary>XAI4005: a plausible unit error silently flips many decisions.</summary>
    public static readonly RuleDescriptor Rule = new(
        RobustnessRuleIds.UnitErrorFlipsDecisions,
        "A unit error silently flips many decisions",
        "Feature '{0}' converted {1} flips {2:P1} of decisions at threshold {3} without any error, above {4:P1}",
        CheckFamily.Robustness,
        Severity.Warning,
        "For a numeric feature whose unit the manifest declares (data.features.<name>.unit), applies every conversion the "
        + "unit table gives for that unit and analyte (glucose mmol/L-mg/dL x18.0; creatinine mg/dL-umol/L x88.4; lactate "
        + "mmol/L-mg/dL x9.01; bilirubin mg/dL-umol/L x17.1; calcium mg/dL-mmol/L x0.2495; urea/BUN mg/dL-mmol/L x0.357; any "
        + "analyte g/dL-g/L and mg/dL-mg/L x10, degC-degF as x*9/5+32). Numeric features without a declared unit, or whose "
        + "unit the table has no conversion for, are not probed (published once per feature as unit_error_skipped_no_unit "
        + "or unit_error_skipped_unknown_unit, and listed with the first finding). One conversion per probe, in every row "
        + "probed (every evaluation row, or a label-stratified sample of probe_sample_rows rows of larger data). Reported "
        + "when a conversion flips more than max_flip_rate of decisions and the model gives no error and no NaN: the system "
        + "absorbs a wrong unit instead of rejecting it; add a range check at the interface. The evidence names the "
        + "sensitive-attribute group hit hardest; what each conversion simulates is in the table of the feature's probes.",
        ["EU-AIA-ART15-4", "EU-AIA-ART13-3B-III", "JP-MLQM-MODEL-STABILITY", "JP-BIZ-SAFETY-1", "GMLP-P6", "GMLP-P8"],
        [
            new RuleOption(MaxFlipRateOption, 0.2, "Flip rate (0 to 1) above which a unit error is reported. Default 0.2."),
            ProbeOptions.BootstrapSamplesOption,
            ProbeOptions.SampleRowsOption,
        ]);

    private const string Rejected = "rejected with an error";
    private const string NoUnit = "no unit declared (data.features.<name>.unit)";
    private const string UnknownUnit = "no unit mix-up known for its declared unit {0}";

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

    /// <inheritdoc />
    public override CheckInputs RequiredInputs => CheckInputs.Model;

    /// <inheritdoc />
    public override async ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = await ProbeSession.OpenSampledAsync(context, Rule, cancellationToken).ConfigureAwait(false);
        var maxFlipRate = context.Option(Rule, MaxFlipRateOption);
        var bootstrap = context.OptionInteger(Rule, BootstrapSamplesOption);
        var probes = new List<(int Feature, UnitConversion Conversion)>();
        var skipped = new List<IReadOnlyList<string>>();
        foreach (var f in Enumerable.Range(0, session.Width).Where(f => session.Spreads[f].IsNumeric))
        {
            var name = session.Matrix.Features[f].Name;
            var unit = context.Registration.FactsFor(name).Unit;
            var conversions = ConversionsFor(context.Registration, name);
            if (conversions.Count == 0)
            {
                // Said once per feature, never per conversion.
                context.Measure(unit is null ? "unit_error_skipped_no_unit" : "unit_error_skipped_unknown_unit", 1, name);
                skipped.Add([name, unit is null ? NoUnit : string.Format(CultureInfo.InvariantCulture, UnknownUnit, unit)]);
            }

            probes.AddRange(conversions.Select(c => (f, c)));
        }

        var skippedTable = skipped.Count == 0 ? null : new EvidenceTable("Numeric features not probed for unit errors", ["Feature", "Why not"], skipped);
        var perturbations = probes.Select(p => (Perturbation)(values =>
        {
            for (var r = 0; r < session.Rows; r++)
            {
                var index = (r * session.Width) + p.Feature;
                values[index] = p.Conversion.Apply(values[index]);
            }
        })).ToList();
        var rows = new List<IReadOnlyList<string>>();
        var reports = new List<(int Feature, UnitConversion Conversion, ScoreChange Change, Evidence Evidence)>();
        foreach (var (i, scores, _) in session.Run(perturbations, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (f, conversion) = probes[i];
            var name = session.Matrix.Features[f].Name;
            var subject = name + ":" + conversion.Name;
            if (scores is null)
            {
                // The model rejected the value visibly: that is the behaviour this probe hopes for.
                context.Measure("unit_error_rejected", 1, subject);
                rows.Add([conversion.Label, conversion.Description, Rejected, Rejected, Rejected]);
            }
            else
            {
                var change = session.Compare(scores);
                context.Measure("flip_rate", change.FlipRate, subject);
                context.Measure("mean_abs_score_change", change.MeanAbsScoreChange, subject);
                List<EvidenceMetric> metrics = [new("flip_rate", change.FlipRate, Threshold: maxFlipRate), new("mean_abs_score_change", change.MeanAbsScoreChange)];
                (double Lower, double Upper)? ci = null;
                if (!double.IsNaN(change.AurocDrop))
                {
                    ci = session.AurocDropInterval(change, scores, context.Random, bootstrap, cancellationToken);
                    context.Measure("auroc_drop", change.AurocDrop, subject, ci?.Lower, ci?.Upper);
                    metrics.Add(new EvidenceMetric("auroc_drop", change.AurocDrop, ci?.Lower, ci?.Upper));
                }

                metrics.Add(session.ProbedRows);
                rows.Add([conversion.Label, conversion.Description, Cells.Percent(change.FlipRate), Cells.Fixed(change.MeanAbsScoreChange, 4), Cells.Interval(change.AurocDrop, ci)]);
                var impacts = session.GroupImpact(scores);
                GroupEvidence.Publish(context, subject, impacts);
                if (change.NonFiniteOutputs == 0 && change.FlipRate > maxFlipRate)
                {
                    var evidence = GroupEvidence.With(new Evidence(metrics), $"Decision flip rate by group when '{name}' is converted {conversion.Label}, worst first", impacts);
                    reports.Add((f, conversion, change, evidence));
                }
            }

            // A feature's conversions are consecutive: after its last one, its findings go out with its table.
            if (i + 1 == probes.Count || probes[i + 1].Feature != f)
            {
                Publish(context, session, name, rows, reports, maxFlipRate, ref skippedTable);
                rows = [];
                reports = [];
                context.ReportProgress((i + 1.0) / probes.Count);
            }
        }
    }

    /// <summary>
    /// The conversions probed for a feature: those of the unit table for its declared unit; none without a declared
    /// unit or when the table has none for it.
    /// </summary>
    /// <param name="registration">The registration.</param>
    /// <param name="feature">The feature's name.</param>
    /// <returns>The conversions.</returns>
    internal static IReadOnlyList<UnitConversion> ConversionsFor(RegistrationInfo registration, string feature) =>
        registration.FactsFor(feature).Unit is { } unit ? UnitFactor.For(feature, unit) : [];

    // Every conversion probed for the feature, shown once, with the feature's first finding; the features not probed are
    // listed once, with the check's first finding.
    private static void Publish(CheckContext context, ProbeSession session, string name, List<IReadOnlyList<string>> rows, List<(int Feature, UnitConversion Conversion, ScoreChange Change, Evidence Evidence)> reports, double maxFlipRate, ref EvidenceTable? skippedTable)
    {
        var table = new EvidenceTable(
            $"Unit errors probed for '{name}'",
            ["Conversion", "What it simulates", Words.FlipRate, Words.MeanScoreChange, Words.AurocDropWithInterval],
            rows);
        for (var i = 0; i < reports.Count; i++)
        {
            var (_, conversion, change, evidence) = reports[i];
            if (i == 0)
            {
                evidence = evidence with { Tables = [table, .. skippedTable is null ? [] : new[] { skippedTable }, .. evidence.Tables ?? []] };
                skippedTable = null;
            }

            context.Report(Rule, FindingLocation.ForColumn(name), evidence, name, conversion.Label, change.FlipRate, session.Threshold, maxFlipRate);
        }
    }
}
