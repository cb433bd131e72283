using BenchmarkDotNet.Running;
using Lantern.Bench;

// dotnet run -c Release --project bench/Lantern.Bench -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(ReadingBenchmarks).Assembly).Run(args);
