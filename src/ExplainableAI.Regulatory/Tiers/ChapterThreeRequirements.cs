namespace ExplainableAI.Regulatory;

/// <summary>
/// The catalog IDs attached to a high-risk system (catalog §5.2, text after the table): EU-AIA-ART9* … ART17*, ART72*,
/// ART73 and ART26* (deployer). Annex IV points are included because Art 11(1) requires the technical documentation to
/// cover at least Annex IV. A test keeps this list equal to the catalog's entries with those prefixes, less
/// <see cref="AnnexIProductIds"/>.
/// </summary>
internal static class ChapterThreeRequirements
{
    public static IReadOnlyList<string> Ids { get; } =
    [
        "EU-AIA-ART9-1", "EU-AIA-ART9-2A", "EU-AIA-ART9-2B", "EU-AIA-ART9-2C", "EU-AIA-ART9-2D", "EU-AIA-ART9-5", "EU-AIA-ART9-6-8", "EU-AIA-ART9-9", "EU-AIA-ART9-10",
        "EU-AIA-ART10-1", "EU-AIA-ART10-2A", "EU-AIA-ART10-2B", "EU-AIA-ART10-2C", "EU-AIA-ART10-2D", "EU-AIA-ART10-2E", "EU-AIA-ART10-2F", "EU-AIA-ART10-2G",
        "EU-AIA-ART10-2H", "EU-AIA-ART10-3", "EU-AIA-ART10-4", "EU-AIA-ART10-5", "EU-AIA-ART10-6",
        "EU-AIA-ART11-1",
        "EU-AIA-ANNEX4-1", "EU-AIA-ANNEX4-2A", "EU-AIA-ANNEX4-2B", "EU-AIA-ANNEX4-2C", "EU-AIA-ANNEX4-2D", "EU-AIA-ANNEX4-2E", "EU-AIA-ANNEX4-2F", "EU-AIA-ANNEX4-2G",
        "EU-AIA-ANNEX4-2H", "EU-AIA-ANNEX4-3", "EU-AIA-ANNEX4-4", "EU-AIA-ANNEX4-5", "EU-AIA-ANNEX4-6", "EU-AIA-ANNEX4-7", "EU-AIA-ANNEX4-8", "EU-AIA-ANNEX4-9",
        "EU-AIA-ART12-1", "EU-AIA-ART12-2", "EU-AIA-ART12-3",
        "EU-AIA-ART13-1", "EU-AIA-ART13-2", "EU-AIA-ART13-3A", "EU-AIA-ART13-3B-I", "EU-AIA-ART13-3B-II", "EU-AIA-ART13-3B-III", "EU-AIA-ART13-3B-IV",
        "EU-AIA-ART13-3B-V", "EU-AIA-ART13-3B-VI", "EU-AIA-ART13-3B-VII", "EU-AIA-ART13-3C", "EU-AIA-ART13-3D", "EU-AIA-ART13-3E", "EU-AIA-ART13-3F",
        "EU-AIA-ART14-1", "EU-AIA-ART14-2", "EU-AIA-ART14-3", "EU-AIA-ART14-4A", "EU-AIA-ART14-4B", "EU-AIA-ART14-4C", "EU-AIA-ART14-4D", "EU-AIA-ART14-4E", "EU-AIA-ART14-5",
        "EU-AIA-ART15-1", "EU-AIA-ART15-3", "EU-AIA-ART15-4", "EU-AIA-ART15-5",
        "EU-AIA-ART17-1", "EU-AIA-ART17-1A", "EU-AIA-ART17-1B-C", "EU-AIA-ART17-1D", "EU-AIA-ART17-1E", "EU-AIA-ART17-1F", "EU-AIA-ART17-1G-I", "EU-AIA-ART17-1J-M", "EU-AIA-ART17-3",
        "EU-AIA-ART72-1", "EU-AIA-ART72-2", "EU-AIA-ART72-3", "EU-AIA-ART73",
        "EU-AIA-ART26", "EU-AIA-ART26-6",
    ];

    /// <summary>
    /// Art 11(2) (one technical documentation with the MDR/IVDR file) and Art 72(4) (post-market monitoring folded into
    /// the device's PMS) apply to products covered by Annex I Section A only, never to an Art 6(2)-only system (catalog
    /// §5.2: attached only with the 6(1) route).
    /// </summary>
    public static IReadOnlyList<string> AnnexIProductIds { get; } = ["EU-AIA-ART11-2", "EU-AIA-ART72-4"];
}
