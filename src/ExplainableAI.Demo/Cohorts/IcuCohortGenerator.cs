using System.Globalization;

namespace ExplainableAI.Demo.Cohorts;

/// <summary>
/// Generates a deterministic synthetic ICU sepsis cohort with four planted problems of known size
/// (see <see cref="Planted"/>).
/// </summary>
/// <remarks>
/// Every value comes from one <c>new Random(seed)</c>; each patient consumes a fixed number of uniforms
/// whatever its values, and each period ends with one shuffle, so the same seed always gives the same rows. Vitals and labs share a latent
/// inflammation score (so they correlate as they do at the bedside) and the true outcome is drawn from a
/// logistic model of the standardised measurements, calibrated to a prevalence near 17 %.
/// </remarks>
public sealed class IcuCohortGenerator
{
    private const string Female = "F";
    private const string Male = "M";

    // Intercept of the outcome model; calibrated so that about 17 % of patients are truly septic.
    private const double OutcomeIntercept = -2.8;

    /// <summary>The problems planted in every generated cohort, with their exact declared sizes.</summary>
    public IReadOnlyList<PlantedProblem> Planted { get; } =
    [
        new(
            "label_bias",
            "sepsis",
            string.Create(
                CultureInfo.InvariantCulture,
                $"In both periods exactly {PlantedSizes.FemaleMissedDiagnosisRate:P0} (rounded to a whole patient) of truly septic women are missed by the treating team; the reference labels are the charted diagnoses (so they carry the miss), the current labels are adjudicated truth, so the model under-diagnoses women.")),
        new(
            "assay_shift",
            "creatinine",
            string.Create(
                CultureInfo.InvariantCulture,
                $"In the current period every creatinine reading at {PlantedSizes.ShiftedSite} is {PlantedSizes.CreatinineAssayShift:0.00} mg/dL higher than the patient's true value (a new assay); reference readings are unshifted.")),
        new(
            "leakage",
            "antibiotics_ordered",
            string.Create(
                CultureInfo.InvariantCulture,
                $"Antibiotics are ordered after the charted sepsis diagnosis, so antibiotics_ordered equals the charted diagnosis in {1 - PlantedSizes.AntibioticsDisagreementRate:P0} of rows (the reference label).")),
        new(
            "missingness",
            "crp",
            string.Create(
                CultureInfo.InvariantCulture,
                $"crp is missing completely at random in {PlantedSizes.CrpMissingRate:P0} of rows in both periods (lactate in {PlantedSizes.LactateMissingRate:P0}, vitals and routine labs in 0.5–2 %).")),
    ];

    /// <summary>Generates the reference and current periods.</summary>
    /// <param name="options">Seed and sizes.</param>
    /// <returns>The cohort; the same options always give equal rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A period has no patients.</exception>
    public Cohort Generate(CohortOptions options)
    {
        var (reference, current) = GenerateWithTruth(options);
        return new Cohort(
            reference.Select(static p => p.Record).ToArray(),
            current.Select(static p => p.Record).ToArray());
    }

    /// <summary>Generates both periods and keeps the hidden truth next to each row.</summary>
    internal static (IReadOnlyList<GeneratedPatient> Reference, IReadOnlyList<GeneratedPatient> Current) GenerateWithTruth(CohortOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.ReferencePatients, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.CurrentPatients, nameof(options));

        var random = new Random(options.Seed);
        var reference = NextPeriod(random, options.ReferencePatients, isCurrent: false);
        var current = NextPeriod(random, options.CurrentPatients, isCurrent: true);
        return (reference, current);
    }

    private static GeneratedPatient[] NextPeriod(Random random, int count, bool isCurrent)
    {
        var patients = new GeneratedPatient[count];
        for (var i = 0; i < patients.Length; i++)
        {
            patients[i] = NextPatient(random, isCurrent);
        }

        // Planted problem 1: the treating team misses sepsis in exactly round(30 %) of the truly septic
        // women of the period, chosen uniformly (a partial Fisher–Yates shuffle). An exact count rather than a
        // per-row coin keeps the planted size exact, so an audit can be checked against it.
        var septicWomen = Enumerable.Range(0, count)
            .Where(i => patients[i].TrueSepsis && patients[i].Record.Sex == Female)
            .ToArray();
        var missedCount = (int)Math.Round(PlantedSizes.FemaleMissedDiagnosisRate * septicWomen.Length, MidpointRounding.AwayFromZero);
        for (var k = 0; k < missedCount; k++)
        {
            var j = k + random.Next(septicWomen.Length - k);
            (septicWomen[k], septicWomen[j]) = (septicWomen[j], septicWomen[k]);
            var patient = patients[septicWomen[k]];
            patients[septicWomen[k]] = patient with
            {
                MissedDiagnosis = true,
                Record = patient.Record with
                {
                    // No diagnosis, so the antibiotics order (the diagnosis up to noise) flips with it.
                    AntibioticsOrdered = !patient.Record.AntibioticsOrdered,
                    // The reference period keeps the charted diagnosis; the current period was adjudicated.
                    Sepsis = isCurrent,
                },
            };
        }

        return patients;
    }

    private static GeneratedPatient NextPatient(Random random, bool isCurrent)
    {
        // Draw order is fixed: every patient consumes exactly 35 uniforms (11 normals, 13 single draws), whatever its values.
        var age = Clamp(Math.Round(62 + 16 * N(random)), 18, 95);
        var sex = random.NextDouble() < 0.46 ? Female : Male;
        var siteDraw = random.NextDouble();
        var site = siteDraw < 0.40 ? "Site A" : siteDraw < 0.75 ? "Site B" : "Site C";

        // Latent systemic inflammation: shared by every vital and lab, so they correlate.
        var inflammation = N(random);
        var heartRate = Clamp(Math.Round(86 + 9 * inflammation + 11 * N(random)), 35, 190);
        var respRate = Clamp(Math.Round(18 + 3 * inflammation + 3 * N(random)), 6, 50);
        var temperature = Clamp(Math.Round(37.0 + 0.45 * inflammation + 0.45 * N(random), 1), 34.0, 42.0);
        var systolicBp = Clamp(Math.Round(124 - 9 * inflammation + 16 * N(random)), 60, 230);
        var wbc = Clamp(Math.Round(Math.Exp(Math.Log(9.0) + 0.22 * inflammation + 0.30 * N(random)), 1), 0.3, 60);
        var lactate = Clamp(Math.Round(Math.Exp(Math.Log(1.3) + 0.30 * inflammation + 0.30 * N(random)), 1), 0.3, 20);
        var creatinine = Clamp(Math.Round(Math.Exp(Math.Log(0.95) + 0.15 * inflammation + 0.005 * (age - 62) + 0.30 * N(random)), 2), 0.3, 12);
        var crp = Clamp(Math.Round(Math.Exp(Math.Log(35.0) + 0.55 * inflammation + 0.80 * N(random)), 1), 0.2, 450);
        var spo2 = Clamp(Math.Round(97 - 1.3 * inflammation + 1.6 * N(random)), 70, 100);

        // Logistic outcome model on standardised measurements (scales are the marginal SDs above).
        var logit = OutcomeIntercept
            + 0.45 * (heartRate - 86) / 14.2
            + 0.45 * (respRate - 18) / 4.2
            + 0.35 * (temperature - 37.0) / 0.64
            - 0.35 * (systolicBp - 124) / 18.4
            + 0.35 * (Math.Log(wbc) - Math.Log(9.0)) / 0.37
            + 0.60 * (Math.Log(lactate) - Math.Log(1.3)) / 0.42
            + 0.25 * (Math.Log(creatinine) - Math.Log(0.95)) / 0.34
            + 0.45 * (Math.Log(crp) - Math.Log(35.0)) / 0.97
            - 0.30 * (spo2 - 97) / 2.1
            + 0.015 * (age - 62);
        var trueSepsis = random.NextDouble() < 1.0 / (1.0 + Math.Exp(-logit));

        // Planted problem 3: antibiotics follow the charted diagnosis, up to a little noise. The charted
        // diagnosis is the truth here; NextPeriod then removes the missed diagnoses of planted problem 1.
        var antibiotics = trueSepsis ^ (random.NextDouble() < PlantedSizes.AntibioticsDisagreementRate);

        // Planted problem 2: a new creatinine assay at one site in the current period only.
        var recordedCreatinine = isCurrent && site == PlantedSizes.ShiftedSite
            ? Math.Round(creatinine + PlantedSizes.CreatinineAssayShift, 2)
            : creatinine;

        // Planted problem 4: values missing completely at random.
        var record = new PatientRecord(
            Age: age,
            Sex: sex,
            Site: site,
            HeartRate: Keep(random, heartRate, PlantedSizes.HeartRateMissingRate),
            RespRate: Keep(random, respRate, PlantedSizes.RespRateMissingRate),
            Temperature: Keep(random, temperature, PlantedSizes.TemperatureMissingRate),
            SystolicBp: Keep(random, systolicBp, PlantedSizes.SystolicBpMissingRate),
            Wbc: Keep(random, wbc, PlantedSizes.WbcMissingRate),
            Lactate: Keep(random, lactate, PlantedSizes.LactateMissingRate),
            Creatinine: Keep(random, recordedCreatinine, PlantedSizes.CreatinineMissingRate),
            Crp: Keep(random, crp, PlantedSizes.CrpMissingRate),
            Spo2: Keep(random, spo2, PlantedSizes.Spo2MissingRate),
            AntibioticsOrdered: antibiotics,
            Sepsis: trueSepsis);
        return new GeneratedPatient(record, trueSepsis, creatinine, MissedDiagnosis: false);
    }

    private static double N(Random random) => GaussianSampler.Next(random);

    private static double Clamp(double value, double min, double max) => Math.Clamp(value, min, max);

    // Always consumes one uniform, so missingness never shifts the stream.
    private static double? Keep(Random random, double value, double missingRate) =>
        random.NextDouble() < missingRate ? null : value;
}
