using BenchmarkDotNet.Configs;

namespace Lantern.Bench;

/// <summary>Adds the input throughput column (MB/s of input bytes).</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn());
    }
}
