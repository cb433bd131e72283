namespace Lantern.Models.Encoding;

/// <summary>How the encoder's weight matrices are computed.</summary>
public enum EncoderPrecision
{
    /// <summary>8-bit integer weights (one scale per output channel) and dynamically quantised activations: about twice as fast.</summary>
    Int8,

    /// <summary>The package's float32 graph unchanged: the reference the INT8 graph is compared with.</summary>
    Float32,
}
