using Lantern.Models.Encoding;

namespace Lantern.Analysis.Tests.Encoding;

/// <summary>One encoder shared by the encoder tests (loading the model takes a second).</summary>
public sealed class MiniLmEncoderFixture : IDisposable
{
    public MiniLmEncoder Encoder { get; } = MiniLmEncoder.Create();

    public MiniLmEncoder Float32 { get; } = MiniLmEncoder.Create(new MiniLmEncoderOptions { Precision = EncoderPrecision.Float32 });

    public MiniLmEncoder Small { get; } = MiniLmEncoder.Create(new MiniLmEncoderOptions { WindowTokens = 16, Stride = 8, BatchSize = 3 });

    public void Dispose()
    {
        Encoder.Dispose();
        Small.Dispose();
        Float32.Dispose();
    }
}
