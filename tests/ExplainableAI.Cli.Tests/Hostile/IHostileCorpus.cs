namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>
/// A group of hostile cases (one file per kind of input: YAML, CSV, models, outputs…). Every implementation in this
/// assembly is found by reflection, so adding a group needs no registration.
/// </summary>
internal interface IHostileCorpus
{
    IEnumerable<HostileCase> Cases { get; }
}
