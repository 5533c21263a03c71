using System.Text.RegularExpressions;

namespace ExplainableAI.Sdk;

/// <summary>
/// Describes one rule a check can report, the way a Roslyn <c>DiagnosticDescriptor</c> does: a rule is data,
/// the code that finds it is separate. IDs are stable: <c>XAI</c> followed by four digits whose first names the family.
/// </summary>
public sealed partial record RuleDescriptor
{
    /// <summary>Creates a descriptor and validates its ID, message format and options.</summary>
    /// <param name="Id">Stable ID such as <c>XAI6001</c>; the thousands digit must match <paramref name="Family"/>.</param>
    /// <param name="Title">Short title shown in lists and the report.</param>
    /// <param name="MessageFormat">Composite format string (<see cref="string.Format(IFormatProvider, string, object[])"/>) for a finding's message, formatted with the invariant culture.</param>
    /// <param name="Family">The family the rule belongs to.</param>
    /// <param name="DefaultSeverity">Severity used unless the user configures another.</param>
    /// <param name="Description">Help text: what the rule detects, why it matters, what to do about it.</param>
    /// <param name="Requirements">Regulatory requirement IDs the rule gives evidence for.</param>
    /// <param name="Options">Thresholds and settings, with documented defaults.</param>
    public RuleDescriptor(
        string Id,
        string Title,
        string MessageFormat,
        CheckFamily Family,
        Severity DefaultSeverity,
        string Description,
        IReadOnlyList<string>? Requirements = null,
        IReadOnlyList<RuleOption>? Options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(MessageFormat);
        if (!IdPattern().IsMatch(Id))
        {
            throw new ArgumentException($"Rule ID '{Id}' must be 'XAI' followed by four digits.", nameof(Id));
        }

        if (Id[3] - '0' != (int)Family)
        {
            throw new ArgumentException($"Rule ID '{Id}' does not belong to family {Family} (its thousands digit must be {(int)Family}).", nameof(Id));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in Options ?? [])
        {
            if (!names.Add(option.Name))
            {
                throw new ArgumentException($"Rule {Id} declares option '{option.Name}' twice.", nameof(Options));
            }
        }

        this.Id = Id;
        this.Title = Title;
        this.MessageFormat = MessageFormat;
        this.Family = Family;
        this.DefaultSeverity = DefaultSeverity;
        this.Description = Description ?? string.Empty;
        this.Requirements = Requirements ?? [];
        this.Options = Options ?? [];
    }

    /// <summary>Stable ID such as <c>XAI6001</c>.</summary>
    public string Id { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>Composite format string for a finding's message.</summary>
    public string MessageFormat { get; }

    /// <summary>The family the rule belongs to.</summary>
    public CheckFamily Family { get; }

    /// <summary>Severity used unless configured otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Help text.</summary>
    public string Description { get; }

    /// <summary>Regulatory requirement IDs the rule gives evidence for.</summary>
    public IReadOnlyList<string> Requirements { get; }

    /// <summary>Documented options with defaults.</summary>
    public IReadOnlyList<RuleOption> Options { get; }

    /// <summary>Finds a declared option by name.</summary>
    /// <param name="name">The option's name.</param>
    /// <returns>The option, or <see langword="null"/> when the rule does not declare it.</returns>
    public RuleOption? FindOption(string name) => Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));

    [GeneratedRegex("^XAI[0-9]{4}$")]
    private static partial Regex IdPattern();
}
