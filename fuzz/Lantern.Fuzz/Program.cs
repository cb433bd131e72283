using System.Globalization;
using Lantern.Fuzz;
using SharpFuzz;

// lantern-fuzz list
// lantern-fuzz TARGET afl                       run under afl-fuzz (SharpFuzz's out-of-process runner; fuzz/run.sh)
// lantern-fuzz TARGET replay PATH...            run files or folders once each; exit 1 on a finding
// lantern-fuzz TARGET smoke SEEDS N [SEED]      in-process: the seeds, then N deterministic mutations
if (args.Length == 1 && args[0] == "list")
{
    foreach (var t in FuzzTargets.All)
    {
        Console.WriteLine($"{t.Name}\t{t.Description}");
    }

    return 0;
}

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Lantern.Fuzz list | TARGET afl | TARGET replay PATH... | TARGET smoke SEEDS N [SEED]");
    return 1;
}

if (args[1] == "afl")
{
    // No instrumented code (Lantern.*, AngleSharp) may run before Run sets up AFL's shared memory: it would write
    // through a null coverage map. So even the target's static fields are first touched inside the callback.
    FuzzTarget? aflTarget = null;
    Fuzzer.OutOfProcess.Run(stream =>
    {
        aflTarget ??= FuzzTargets.Get(args[0]);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        aflTarget.Run(buffer.ToArray());
    });
    return 0;
}

var target = FuzzTargets.Get(args[0]);
switch (args[1])
{
    case "replay":
        var failed = 0;
        foreach (var path in args.Skip(2).SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]))
        {
            var findings = SmokeRunner.Run(target, [File.ReadAllBytes(path)], 0, 0);
            failed += findings.Count;
            Console.WriteLine(findings.Count == 0 ? $"ok\t{path}" : $"FINDING\t{path}\t{findings[0]}\n{findings[0].Error}");
        }

        return failed == 0 ? 0 : 1;
    case "smoke" when args.Length >= 4:
        var seeds = SmokeRunner.Inputs(args[2]);
        var n = int.Parse(args[3], CultureInfo.InvariantCulture);
        var found = SmokeRunner.Run(target, seeds, n, args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1);
        // FUZZ_FINDINGS=DIR keeps every finding's input as DIR/TARGET/smoke-N for replay and regression tests.
        var keep = Environment.GetEnvironmentVariable("FUZZ_FINDINGS");
        for (var i = 0; keep is not null && i < found.Count; i++)
        {
            Directory.CreateDirectory(Path.Combine(keep, target.Name));
            File.WriteAllBytes(Path.Combine(keep, target.Name, $"smoke-{i}"), found[i].Input);
        }

        foreach (var f in found.Take(5))
        {
            Console.WriteLine($"FINDING\t{f}\n{f.Error}");
        }

        Console.WriteLine($"{target.Name}: {seeds.Count} seeds + {n} mutations, {found.Count} findings");
        return found.Count == 0 ? 0 : 1;
    default:
        Console.Error.WriteLine($"unknown mode '{args[1]}'");
        return 1;
}
