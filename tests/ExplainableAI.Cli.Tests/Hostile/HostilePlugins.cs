using System.Diagnostics;
using System.Globalization;

namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>
/// Plugins that misbehave on purpose, each one check (or a few, see <see cref="Declared"/>), built at test time the way a
/// plugin author builds one (a project of its own that references only the host's SDK, <c>dotnet build</c>), all in one
/// build the first time one is asked for.
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
        ["Throws"] = "Fail(); static void Fail() => throw new InvalidOperationException(\"hostile\");",

        // Process isolation (#15): a real stack overflow (no guard), an unbounded hoard, a spin, console writes with colour.
        ["StackOverflow"] = "Recurse(0); static int Recurse(int n) => Recurse(n + 1) + 1;",
        ["Hoard"] = "var hoard = new List<byte[]>(); while (true) { var block = new byte[1 << 20]; block[^1] = 1; hoard.Add(block); }",
        ["Spin"] = "var n = 0L; while (n >= 0) { n = (n + 1) % long.MaxValue; }",
        ["Chatty"] = "Console.WriteLine(\"\\u001b[31mhello from the plugin\\u001b[0m\"); Console.Error.WriteLine(\"a warning on stderr\"); context.Measure(\"chatty\", 1);",
        ["ModelCaller"] = "var model = context.Model!; var scores = model.Predict(FeatureMatrix.FromData(context.Evaluation, model.Features), cancellationToken); context.Measure(\"mean_score\", Enumerable.Range(0, scores.RowCount).Average(scores.Score));",
    };

    /// <summary>
    /// Plugins whose declarations are the hostile part, by plugin name: the rule ID of each of their checks (each check
    /// measures one value), and how their project differs from a well-built one.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, Declaration> Declared = new Dictionary<string, Declaration>(StringComparer.Ordinal)
    {
        ["ReservedId"] = new(["XAI8990"]),
        ["MalformedId"] = new(["acme-1"]),
        ["DuplicateFirst"] = new(["HOSTILE7001"]),
        ["DuplicateSecond"] = new(["HOSTILE7001"]),
        ["DuplicateWithin"] = new(["HOSTILE7002", "HOSTILE7002"]),
        ["MissingDependency"] = new(["HOSTILE7003"]) { UsesDependency = true },
        ["NewerSdk"] = new(["HOSTILE7004"]) { NewerSdk = true },

        // Not hostile: the well-formed third-party case beside them, a prefix of its own in a family its digits do not name.
        ["AcmeFairness"] = new(["ACME2001"]) { Family = "Fairness", Body = "context.Report(Rule, FindingLocation.Dataset, Evidence.Of(), 1);" },
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
        Bodies.ContainsKey(name) || Declared.ContainsKey(name)
            ? Path.Combine(Root.Value, name, "bin", "Release", "net10.0")
            : throw new ArgumentException($"no hostile plugin '{name}'", nameof(name));

    private static string Build()
    {
        var root = Path.Combine(Path.GetTempPath(), "xai-hostile-plugins-" + Guid.NewGuid().ToString("N"));
        var solution = new List<string>();
        var number = 90;
        foreach (var (name, body) in Bodies)
        {
            var id = "HOSTILE89" + (number++).ToString(CultureInfo.InvariantCulture);
            solution.Add(WritePlugin(root, name, new Declaration([id]), body));
            if (WithSurvivor.Contains(name))
            {
                WriteSurvivor(root, name, "HOSTILE89" + (number++).ToString(CultureInfo.InvariantCulture));
            }
        }

        foreach (var (name, declaration) in Declared)
        {
            solution.Add(WritePlugin(root, name, declaration, declaration.Body ?? "context.Measure(\"hostile\", 1);"));
        }

        solution.Add(WriteDependency(root));
        solution.Add(WriteNewerSdk(root));
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

        // Shipped without the library it was built with: the build copied it, the author's copy step forgot it.
        File.Delete(Path.Combine(root, "MissingDependency", "bin", "Release", "net10.0", "Hostile.Dependency.dll"));
        return root;
    }

    // One plugin project: a check per declared rule ID, each running the body. Returns its solution entry.
    private static string WritePlugin(string root, string name, Declaration declaration, string body)
    {
        var sdk = Path.Combine(AppContext.BaseDirectory, "ExplainableAI.Sdk.dll");
        var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        var sdkReference = declaration.NewerSdk
            ? """<ProjectReference Include="../NewerSdk.Sdk/ExplainableAI.Sdk.csproj" Private="false" />"""
            : $"""<Reference Include="ExplainableAI.Sdk" HintPath="{sdk}" Private="false" />""";
        var dependency = declaration.UsesDependency ? """<ProjectReference Include="../Dependency/Hostile.Dependency.csproj" />""" : string.Empty;
        File.WriteAllText(Path.Combine(folder, $"Hostile.{name}.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {sdkReference}
                {dependency}
              </ItemGroup>
            </Project>
            """);
        for (var i = 0; i < declaration.RuleIds.Count; i++)
        {
            var type = declaration.RuleIds.Count == 1 ? $"{name}Check" : $"{name}Check{i + 1}";
            var run = declaration.UsesDependency ? $"context.Measure(\"hostile\", Hostile.Dependency.Answer.Value());" : body;
            File.WriteAllText(Path.Combine(folder, $"{type}.cs"), $$"""
                using ExplainableAI.Sdk;

                namespace Hostile.{{name}};

                [AuditCheck]
                public sealed class {{type}} : AuditCheck
                {
                    public static readonly RuleDescriptor Rule = new(
                        "{{declaration.RuleIds[i]}}", "Hostile {{name}}", "Hostile {{name}}: {0}", CheckFamily.{{declaration.Family}}, Severity.Warning,
                        "A plugin that misbehaves on purpose.", ["EU-AIA-ART10-2E"]);

                    public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

                    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
                    {
                        {{run}}
                        return ValueTask.CompletedTask;
                    }
                }
                """);
        }

        return $"  <Project Path=\"{name}/Hostile.{name}.csproj\" />";
    }

    // A second, well-behaved check in a hostile plugin's project.
    private static void WriteSurvivor(string root, string name, string ruleId) =>
        File.WriteAllText(Path.Combine(root, name, "SurvivorCheck.cs"), $$"""
            using ExplainableAI.Sdk;

            namespace Hostile.{{name}};

            [AuditCheck]
            public sealed class SurvivorCheck : AuditCheck
            {
                public static readonly RuleDescriptor Rule = new(
                    "{{ruleId}}", "Survivor", "Survivor: {0}", CheckFamily.Governance, Severity.Info,
                    "A check that behaves, beside one that does not.", ["EU-AIA-ART10-2E"]);

                public override IReadOnlyList<RuleDescriptor> Rules => [Rule];

                public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
                {
                    context.Measure("survivor_rows", context.Evaluation.RowCount);
                    return ValueTask.CompletedTask;
                }
            }
            """);

    // A library a plugin depends on, as a NuGet package would be (its own assembly beside the plugin).
    private static string WriteDependency(string root)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "Dependency")).FullName;
        File.WriteAllText(Path.Combine(folder, "Hostile.Dependency.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Version>1.2.3</Version>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Answer.cs"), "namespace Hostile.Dependency;\n\npublic static class Answer\n{\n    public static double Value() => 42;\n}\n");
        return "  <Project Path=\"Dependency/Hostile.Dependency.csproj\" />";
    }

    // The host's own SDK source, built as a later major version: a plugin built against it is what an author with a
    // newer SDK package produces.
    private static string WriteNewerSdk(string root)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "NewerSdk.Sdk")).FullName;
        var source = Path.Combine(RepositoryPaths.Root, "src", "ExplainableAI.Sdk");
        File.WriteAllText(Path.Combine(folder, "ExplainableAI.Sdk.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <Version>2.0.0</Version>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="{source}/**/*.cs" Exclude="{source}/bin/**;{source}/obj/**" />
              </ItemGroup>
            </Project>
            """);
        return "  <Project Path=\"NewerSdk.Sdk/ExplainableAI.Sdk.csproj\" />";
    }

    /// <summary>What a declared plugin declares, and how it is built.</summary>
    /// <param name="RuleIds">The rule ID of each of its checks.</param>
    private sealed record Declaration(IReadOnlyList<string> RuleIds)
    {
        /// <summary>Its check calls a library of its own (Hostile.Dependency 1.2.3), deleted from its output after the build.</summary>
        public bool UsesDependency { get; init; }

        /// <summary>Built against the SDK's source versioned 2.0.0 instead of the host's SDK.</summary>
        public bool NewerSdk { get; init; }

        /// <summary>The family its rules declare (a <c>CheckFamily</c> member).</summary>
        public string Family { get; init; } = "Governance";

        /// <summary>What its checks run instead of measuring one value.</summary>
        public string? Body { get; init; }
    }
}
