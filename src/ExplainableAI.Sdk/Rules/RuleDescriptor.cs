namespace ExplainableAI.Sdk;

/// <summary>
/// Describes one rule a check can report, the way a Roslyn <c>DiagnosticDescriptor</c> does: a rule is data,
/// the code that finds it is separate. IDs are stable and owned by their plugin, like Roslyn's <c>CA</c> and <c>IDE</c>:
/// 2 to 10 uppercase letters (the plugin's prefix, such as <c>ACME</c>) followed by 3 to 6 digits (<c>ACME2001</c>).
/// The family is declared by <see cref="Family"/>, not encoded in the ID. The <c>XAI</c> prefix is reserved for the host
/// and the built-in plugins (their IDs are <c>XAI</c> and four digits whose first names the family); the host refuses a
/// plugin from any other folder that declares one.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor and validates its ID, message format and options.</summary>
    /// <param name="Id">Stable ID: the plugin's own prefix of 2 to 10 uppercase letters and 3 to 6 digits, such as <c>ACME2001</c>.</param>
    /// <param name="Title">Short title shown in lists and the report.</param>
    /// <param name="MessageFormat">Composite format string (<see cref="string.Format(IFormatProvider, string, object[])"/>) for a finding's message, formatted with the invariant culture.</param>
    /// <param name="Family">The family the rule belongs to (users set severities per family); <see cref="CheckFamily.Host"/> is the host's alone.</param>
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
        if (RuleIds.Problem(Id, Family) is { } problem)
        {
            throw new ArgumentException(problem, nameof(Id));
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

    /// <summary>Stable ID such as <c>ACME2001</c> (or <c>XAI6001</c> for a built-in rule).</summary>
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
}
