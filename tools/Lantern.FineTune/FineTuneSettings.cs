namespace Lantern.FineTune;

/// <summary>What <see cref="EncoderFineTuner.Run"/> does; every default is stated here.</summary>
public sealed record FineTuneSettings
{
    /// <summary>Where the fine-tuned fp32 ONNX graph is written.</summary>
    public required string OutputPath { get; init; }

    /// <summary>Transformer layers tuned and written (the graph is cut after them). Default 4, as the shipped heads use.</summary>
    public int Layers { get; init; } = 4;

    /// <summary>Passes over the training windows. Default 1.</summary>
    public int Epochs { get; init; } = 1;

    /// <summary>Stop after this many optimiser steps (warm-up and decay then span these steps); null: no limit.</summary>
    public int? MaxSteps { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>Windows per optimiser step. Default 16.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>
    /// Word pieces per training window, without [CLS] and [SEP]. Default 126 (128 with them): half the encoder's
    /// inference window, for speed; paragraphs longer than that are cut into overlapping windows.
    /// </summary>
    public int WindowTokens { get; init; } = 126;

    /// <summary>How far the next window of a long paragraph starts. Default 96.</summary>
    public int Stride { get; init; } = 96;

    /// <summary>AdamW peak learning rate of the encoder. Default 3e-5.</summary>
    public double LearningRate { get; init; } = 3e-5;

    /// <summary>AdamW peak learning rate of the two task heads (new, randomly initialised). Default 1e-3.</summary>
    public double HeadLearningRate { get; init; } = 1e-3;

    public double WeightDecay { get; init; } = 0.01;

    /// <summary>Share of the steps over which the learning rate rises linearly from 0; then it falls linearly to 0. Default 0.1.</summary>
    public double WarmupFraction { get; init; } = 0.1;

    /// <summary>Dropout on embeddings, attention and layer outputs while training. Default 0.1 (BERT's).</summary>
    public double Dropout { get; init; } = 0.1;

    /// <summary>Weight of the paragraph multi-label loss next to the token loss. Default 1.</summary>
    public double ParagraphLossWeight { get; init; } = 1.0;

    /// <summary>Largest positive-class weight (sqrt(negatives/positives), capped). Default 10, as the heads use.</summary>
    public double MaxPositiveWeight { get; init; } = 10.0;

    /// <summary>At most this many held-out windows (every n-th) for the held-out loss before and after. Default 320.</summary>
    public int MaxHeldOutWindows { get; init; } = 320;

    /// <summary>TorchSharp intra-op threads. Default 2.</summary>
    public int Threads { get; init; } = 2;

    /// <summary>Log a progress line every this many steps. Default 10.</summary>
    public int LogEvery { get; init; } = 10;
}
