using ExplainableAI.Sdk;

namespace ExplainableAI.Core.Tests;

/// <summary>
/// Typed rule options: a manifest's values are kept as written until the rule is known, then read for the declared
/// kind; a value that does not fit is a one-line error naming the file, line and column.
/// </summary>
public sealed class TypedOptionTests : IDisposable
{
    // Line 11 holds the first option: a value after "      name: " starts at column 9 + the name's length.
    private const string Head = "model:\n  id: m\n  version: 1\n  file: m.zip\n  intended_purpose: x\ndata:\n  evaluation: d.csv\nchecks:\n  options:\n    XAI6950:\n";

    private static readonly RuleDescriptor Rule = new(
        "XAI6950",
        "Typed",
        "Typed {0}",
        CheckFamily.DataQuality,
        Severity.Info,
        "A rule with one option of each kind.",
        Options:
        [
            RuleOption.Number("rate", 0.1, "A share. Default 0.1.", minimum: 0, maximum: 1),
            RuleOption.Integer("rows", 200, "Rows sampled. Default 200.", minimum: 1),
            RuleOption.Boolean("pairs", true, "Also pairs. Default true."),
            RuleOption.Text("method", "auto", "The method. Default auto.", ["auto", "ks"]),
            RuleOption.NumberList("edges", [40, 65], "Bin edges. Default [40, 65]."),
            RuleOption.TextList("columns", [], "Columns. Default []."),
        ]);

    private readonly string folder = Directory.CreateTempSubdirectory("xai-options-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Manifest_values_are_read_for_the_kinds_the_rule_declares()
    {
        var configuration = Bind("      rate: 0.5\n      rows: 300\n      pairs: false\n      method: ks\n      edges: [30, 50.5, 70]\n      columns: [age, sex]\n");

        Assert.Equal(RuleOptionValue.Number(0.5), configuration.OptionValue(Rule, "rate"));
        Assert.Equal(RuleOptionValue.Integer(300), configuration.OptionValue(Rule, "rows"));
        Assert.Equal(RuleOptionValue.Boolean(false), configuration.OptionValue(Rule, "pairs"));
        Assert.Equal(RuleOptionValue.Text("ks"), configuration.OptionValue(Rule, "method"));
        Assert.Equal([30, 50.5, 70], configuration.OptionValue(Rule, "edges").AsNumbers());
        Assert.Equal(["age", "sex"], configuration.OptionValue(Rule, "columns").AsTexts());
    }

    [Fact]
    public void A_whole_number_sets_a_number_option_and_a_quoted_number_still_reads_as_a_number()
    {
        var configuration = Bind("      rate: 1\n      rows: '250'\n");

        Assert.Equal(RuleOptionKind.Number, configuration.OptionValue(Rule, "rate").Kind);
        Assert.Equal(1.0, configuration.OptionValue(Rule, "rate").AsNumber());
        Assert.Equal(250, configuration.OptionValue(Rule, "rows").AsInteger());
    }

    [Fact]
    public void Block_lists_and_empty_lists_are_lists()
    {
        var configuration = Bind("      edges:\n        - 40\n        - 65\n      columns: []\n");

        Assert.Equal([40.0, 65.0], configuration.OptionValue(Rule, "edges").AsNumbers());
        Assert.Empty(configuration.OptionValue(Rule, "columns").AsTexts());
        Assert.Empty(Bind("      edges: []\n").OptionValue(Rule, "edges").AsNumbers());
    }

    [Fact]
    public void Unset_options_take_the_declared_defaults_of_their_kinds()
    {
        var configuration = CheckConfiguration.Default.Bind([Rule]);

        Assert.Equal(RuleOptionValue.Number(0.1), configuration.OptionValue(Rule, "rate"));
        Assert.Equal(RuleOptionValue.Integer(200), configuration.OptionValue(Rule, "rows"));
        Assert.Equal(RuleOptionValue.Boolean(true), configuration.OptionValue(Rule, "pairs"));
        Assert.Equal(RuleOptionValue.Text("auto"), configuration.OptionValue(Rule, "method"));
        Assert.Equal(RuleOptionValue.NumberList([40, 65]), configuration.OptionValue(Rule, "edges"));
        Assert.Equal(RuleOptionValue.TextList([]), configuration.OptionValue(Rule, "columns"));
    }

    [Theory]
    [InlineData("      edges: [40, forty]\n", ":11:19: option XAI6950.edges expects a list of numbers, got 'forty'")]
    [InlineData("      edges:\n        - 40\n        - forty\n", ":13:11: option XAI6950.edges expects a list of numbers, got 'forty'")]
    [InlineData("      edges: 40\n", ":11:14: option XAI6950.edges expects a list of numbers, got '40'")]
    [InlineData("      pairs: 1\n", ":11:14: option XAI6950.pairs expects true or false, got '1'")]
    [InlineData("      rows: 2.5\n", ":11:13: option XAI6950.rows expects a whole number of at least 1, got '2.5'")]
    [InlineData("      rows: 0\n", ":11:13: option XAI6950.rows expects a whole number of at least 1, got '0'")]
    [InlineData("      rate: 1.5\n", ":11:13: option XAI6950.rate expects a number from 0 to 1, got '1.5'")]
    [InlineData("      rate: [0.1]\n", ":11:13: option XAI6950.rate expects a number from 0 to 1, got '[0.1]'")]
    [InlineData("      method: psi\n", ":11:15: option XAI6950.method expects one of auto, ks, got 'psi'")]
    [InlineData("      rat: 0.5\n", ":11:12: rule XAI6950 has no option 'rat'; its options are rate, rows, pairs, method, edges, columns")]
    public void A_value_that_does_not_fit_is_reported_at_its_line_and_column(string options, string expected)
    {
        var path = Write(options);
        var configuration = new ManifestReader().Read(path).Checks;

        var ex = Assert.Throws<InvalidAuditInputException>(() => configuration.Bind([Rule]));

        Assert.Equal(path + expected, ex.Message);
    }

    [Fact]
    public void A_nested_list_is_refused_when_the_manifest_is_read()
    {
        var path = Write("      columns: [age, [sex]]\n");

        var ex = Assert.Throws<InvalidAuditInputException>(() => new ManifestReader().Read(path));

        Assert.Equal((11, 22), (ex.Line, ex.Column));
        Assert.Equal("checks.options.XAI6950.columns", ex.Field);
    }

    [Fact]
    public void Options_of_a_rule_no_check_declares_are_kept_typed_by_their_yaml_form()
    {
        var configuration = Bind("      rate: 0.5\n", "    XAI6999: {edges: [1, 2], on: true, name: x}\n");

        var kept = configuration.Options["XAI6999"];
        Assert.Equal(RuleOptionValue.NumberList([1, 2]), kept["edges"]);
        Assert.Equal(RuleOptionValue.Boolean(true), kept["on"]);
        Assert.Equal(RuleOptionValue.Text("x"), kept["name"]);
    }

    [Fact]
    public void Values_set_in_code_are_checked_against_the_kind_too()
    {
        var wrong = Configure(("pairs", RuleOptionValue.Number(1)));
        var whole = Configure(("rows", RuleOptionValue.Number(300)), ("rate", RuleOptionValue.Integer(1)));

        var ex = Assert.Throws<InvalidAuditInputException>(() => wrong.Bind([Rule]));
        var bound = whole.Bind([Rule]);

        Assert.Equal("option XAI6950.pairs expects true or false, got '1'", ex.Message);
        Assert.Equal(RuleOptionValue.Integer(300), bound.Options[Rule.Id]["rows"]);
        Assert.Equal(RuleOptionValue.Number(1), bound.Options[Rule.Id]["rate"]);
        Assert.Throws<InvalidAuditInputException>(() => Configure(("rows", RuleOptionValue.Number(2.5))).Bind([Rule]));
    }

    [Fact]
    public async Task The_audit_reads_options_before_any_check_runs_and_records_them_typed()
    {
        var check = new TypedOptionsCheck();
        var configuration = Configure(("edges", RuleOptionValue.NumberList([10, 20])), ("pairs", false));

        var report = await AuditFixture.Engine(check).RunAsync(AuditFixture.Request(configuration), CancellationToken.None);
        var wrong = AuditFixture.Engine(check).RunAsync(AuditFixture.Request(Configure(("edges", 10))), CancellationToken.None);

        Assert.Equal(2, report.Measurements.Single(m => m.Name == "edges").Value);
        Assert.Equal(0, report.Measurements.Single(m => m.Name == "pairs").Value);
        Assert.Equal(200, report.Measurements.Single(m => m.Name == "rows").Value);
        Assert.Equal(RuleOptionValue.Boolean(false), report.Configuration.Options[Rule.Id]["pairs"]);
        var edges = report.Rules.Single(r => r.Id == Rule.Id).Options.Single(o => o.Name == "edges");
        Assert.Equal((RuleOptionKind.NumberList, RuleOptionValue.NumberList([10, 20]), RuleOptionValue.NumberList([40, 65])), (edges.Kind, edges.Value, edges.DefaultValue));
        Assert.Equal("option XAI6950.edges expects a list of numbers, got '10'", (await Assert.ThrowsAsync<InvalidAuditInputException>(() => wrong)).Message);
    }

    [Fact]
    public async Task Reading_an_option_as_another_kind_fails_the_check_naming_the_rule_the_option_and_its_kind()
    {
        var report = await AuditFixture.Engine(new WrongKindCheck()).RunAsync(AuditFixture.Request(), CancellationToken.None);

        var failure = Assert.Single(report.Findings, f => f.RuleId == "XAI0002");
        Assert.Contains("ArgumentException: Option 'rate' of rule XAI6950 is a number (Number), not true or false; read it with Option.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_context_written_before_typed_options_serves_their_declared_defaults()
    {
        var context = new NumbersOnlyContext();

        Assert.True(context.OptionBoolean(Rule, "pairs"));
        Assert.Equal(200, context.OptionInteger(Rule, "rows"));
        Assert.Equal("auto", context.OptionText(Rule, "method"));
        Assert.Equal([40.0, 65.0], context.OptionNumbers(Rule, "edges"));
        Assert.Empty(context.OptionTexts(Rule, "columns"));
        Assert.Equal(200, context.Option(Rule, "rows"));
        Assert.Throws<ArgumentException>(() => context.OptionInteger(Rule, "rate"));
        Assert.Throws<ArgumentException>(() => context.OptionBoolean(Rule, "missing"));
    }

    [Fact]
    public void An_option_refuses_a_default_outside_its_own_limits()
    {
        Assert.Throws<ArgumentException>(() => RuleOption.Integer("rows", 0, "Default 0.", minimum: 1));
        Assert.Throws<ArgumentException>(() => RuleOption.Number("rate", 0.5, "Default 0.5.", minimum: 1, maximum: 0));
        Assert.Throws<ArgumentException>(() => RuleOption.Text("method", "psi", "Default psi.", ["auto", "ks"]));
        Assert.Throws<ArgumentException>(() => RuleOption.NumberList("edges", [-1], "Default [-1].", minimum: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleOption.Number("rate", double.NaN, "Default NaN."));
    }

    [Fact]
    public void The_classic_number_option_keeps_its_shape()
    {
        var (name, value, description) = new RuleOption("limit", 0.25, "A limit. Default 0.25.");

        Assert.Equal(("limit", 0.25, "A limit. Default 0.25."), (name, value, description));
        Assert.Equal(RuleOptionKind.Number, new RuleOption("limit", 0.25, "x").Kind);
        Assert.True(double.IsNaN(RuleOption.Boolean("on", true, "x").DefaultValue));
        Assert.Equal("[40, 65.5]", RuleOptionValue.NumberList([40, 65.5]).ToString());
    }

    private static CheckConfiguration Configure(params (string Name, RuleOptionValue Value)[] values) =>
        CheckConfiguration.Default with
        {
            Options = new Dictionary<string, IReadOnlyDictionary<string, RuleOptionValue>>
            {
                [Rule.Id] = values.ToDictionary(v => v.Name, v => v.Value),
            },
        };

    private CheckConfiguration Bind(string options, string otherRules = "") =>
        new ManifestReader().Read(Write(options + otherRules)).Checks.Bind([Rule]);

    private string Write(string options)
    {
        var path = Path.Combine(folder, "manifest.yaml");
        File.WriteAllText(path, Head + options);
        return path;
    }

    [AuditCheck]
    private sealed class TypedOptionsCheck : AuditCheck
    {
        public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

        public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
        {
            context.Measure("edges", context.OptionNumbers(Rule, "edges").Count);
            context.Measure("pairs", context.OptionBoolean(Rule, "pairs") ? 1 : 0);
            context.Measure("rows", context.OptionInteger(Rule, "rows"));
            return ValueTask.CompletedTask;
        }
    }

    [AuditCheck]
    private sealed class WrongKindCheck : AuditCheck
    {
        public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

        public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
        {
            context.Measure("never", context.OptionBoolean(Rule, "rate") ? 1 : 0);
            return ValueTask.CompletedTask;
        }
    }

    // Implements only what CheckContext asked of subclasses before typed options existed.
    private sealed class NumbersOnlyContext : CheckContext
    {
        public override RegistrationInfo Registration => throw new NotSupportedException();

        public override TabularData Evaluation => throw new NotSupportedException();

        public override TabularData? Reference => null;

        public override IAuditModel? Model => null;

        public override Random Random { get; } = new(1);

        public override ValueTask<Predictions> GetPredictionsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public override double Option(RuleDescriptor rule, string name) => rule.FindOption(name)!.DefaultValue;

        public override void Report(RuleDescriptor rule, FindingLocation location, Evidence evidence, params object?[] messageArguments) => throw new NotSupportedException();

        public override void Measure(string name, double value, string? subject = null, double? lower = null, double? upper = null) => throw new NotSupportedException();
    }
}
