using System.Diagnostics;
using System.Globalization;

namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>
/// Plugins that misbehave on purpose, each one check, built at test time the way a plugin author builds one (a project
/// of its own that references only the host's SDK, <c>dotnet build</c>), all in one build the first time one is asked for.
/// </summary>
internal static class HostilePlugins
{
    /// <summary>The body of each plugin's <c>RunAsync</c>, by plugin name; <c>context</c> is the check's context.</summary>
    private static readonly IReadOnlyDictionary<string, string> Bodies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Exit"] = "Environment.Exit(0);",
        ["FailFast"] = "Environment.FailFast(\"hostile\");",
        ["Kill"] = "System.Diagnostics.Process.GetCurrentProcess().Kill();",
        ["ReflectionExit"] = "typeof(Environment).GetMethod(\"Exit\")!.Invoke(null, new object[] { 0 });",
        ["OutOfMemory"] = "_ = new long[int.MaxValue];",
        ["DeepRecursion"] = "Deep(0); static int Deep(int n) { System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack(); return Deep(n + 1) + 1; }",
        ["Silent"] = string.Empty,
        ["Skips"] = "context.Skip(\"the hostile plugin does not fit these data\");",
        ["HugeError"] = "throw new InvalidOperationException(\"\\u202E\" + new string('x', 2_000_000));",
        // Process isolation (#15): a real stack overflow (no guard), an unbounded hoard, a spin, console writes with colour.
        ["StackOverflow"] = "Recurse(0); static int Recurse(int n) => Recurse(n + 1) + 1;",
        ["Hoard"] = "var hoard = new List<byte[]>(); while (true) { var block = new byte[1 << 20]; block[^1] = 1; hoard.Add(block); }",
        ["Spin"] = "var n = 0L; while (n >= 0) { n = (n + 1) % long.MaxValue; }",
        ["Chatty"] = "Console.WriteLine(\"\\u001b[31mhello from the plugin\\u001b[0m\"); Console.Error.WriteLine(\"a warning on stderr\"); context.Measure(\"chatty\", 1);",
        ["ModelCaller"] = "var model = context.Model!; var scores = model.Predict(FeatureMatrix.FromData(context.Evaluation, model.Features), cancellationToken); context.Measure(\"mean_score\", Enumerable.Range(0, scores.RowCount).Average(scores.Score));",
    };

    /// <summary>
    /// Plugins that also ship a well-behaved second check, <c>SurvivorCheck</c>, run after the hostile one (checks run in
    /// ordinal order of full name): it shows that a plugin process that died is started again for the plugin's next check.
    /// </summary>
    public static readonly IReadOnlySet<string> WithSurvivor = new HashSet<string>(StringComparer.Ordinal) { "ReflectionExit", "StackOverflow" };

    private static readonly Lazy<string> Root = new(Build);

    /// <summary>The folder to pass as <c>--plugins</c> for a plugin.</summary>
    /// <param name="name">A key of <see cref="Bodies"/>.</param>
    /// <returns>The plugin's build output.</returns>
    public static string Folder(string name) =>
        Bodies.ContainsKey(name)
            ? Path.Combine(Root.Value, name, "bin", "Release", "net10.0")
            : throw new ArgumentException($"no hostile plugin '{name}'", nameof(name));

    private static string Build()
    {
        var root = Path.Combine(Path.GetTempPath(), "xai-hostile-plugins-" + Guid.NewGuid().ToString("N"));
        var sdk = Path.Combine(AppContext.BaseDirectory, "ExplainableAI.Sdk.dll");
        var solution = new List<string>();
        var number = 950;
        foreach (var (name, body) in Bodies)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
            File.WriteAllText(Path.Combine(folder, $"Hostile.{name}.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <Reference Include="ExplainableAI.Sdk" HintPath="{sdk}" Private="false" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, $"{name}Check.cs"), $$"""
                using ExplainableAI.Sdk;

                namespace Hostile.{{name}};

                [AuditCheck]
                public sealed class {{name}}Check : AuditCheck
                {
                    public static readonly RuleDescriptor Rule = new(
                        "XAI8{{(number++).ToString(CultureInfo.InvariantCulture)}}", "Hostile {{name}}", "Hostile {{name}}: {0}", CheckFamily.Governance, Severity.Warning,
                        "A plugin that misbehaves on purpose.", ["EU-AIA-ART10-2E"]);

                    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

                    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
                    {
                        {{body}}
                        return ValueTask.CompletedTask;
                    }
                }
                """);
            if (WithSurvivor.Contains(name))
            {
                File.WriteAllText(Path.Combine(folder, "SurvivorCheck.cs"), $$"""
                    using ExplainableAI.Sdk;

                    namespace Hostile.{{name}};

                    [AuditCheck]
                    public sealed class SurvivorCheck : AuditCheck
                    {
                        public static readonly RuleDescriptor Rule = new(
                            "XAI8{{(number++).ToString(CultureInfo.InvariantCulture)}}", "Survivor", "Survivor: {0}", CheckFamily.Governance, Severity.Info,
                            "A check that behaves, beside one that does not.", ["EU-AIA-ART10-2E"]);

                        public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

                        public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
                        {
                            context.Measure("survivor_rows", context.Evaluation.RowCount);
                            return ValueTask.CompletedTask;
                        }
                    }
                    """);
            }

            solution.Add($"  <Project Path=\"{name}/Hostile.{name}.csproj\" />");
        }

        var slnx = Path.Combine(root, "Hostile.slnx");
        File.WriteAllText(slnx, $"<Solution>\n{string.Join('\n', solution)}\n</Solution>\n");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["build", slnx, "-c", "Release", "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"building the hostile plugins failed:\n{stdout.Result}\n{stderr.Result}");
        }

        return root;
    }
}
