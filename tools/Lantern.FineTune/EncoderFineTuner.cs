using System.Diagnostics;
using System.Globalization;
using Google.Protobuf;
using Lantern.Errors;
using Lantern.FineTune.Bert;
using Lantern.FineTune.Training;
using Lantern.Models.Encoding;
using Lantern.Taxonomy;
using Lantern.Text;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Lantern.FineTune;

/// <summary>
/// Fine-tunes the packaged all-MiniLM-L6-v2, cut after <see cref="FineTuneSettings.Layers"/> layers, for persuasion
/// techniques: the graph's weights are read into TorchSharp (<see cref="TorchBert"/>), trained jointly on word-piece
/// technique tags and paragraph technique labels (<see cref="TaskHeads"/>, sigmoid cross-entropy with capped positive
/// weights) with AdamW, linear warm-up and decay, gradient clipping at 1 and frozen word embeddings, then written back
/// into the same fp32 ONNX graph, which the encoder loads through <see cref="MiniLmEncoderOptions.ModelPath"/> (INT8 is
/// made from it there as from the packaged graph). Deterministic for a seed and thread count on one machine.
/// </summary>
public static class EncoderFineTuner
{
    public static FineTuneResult Run(
        IReadOnlyList<TrainingText> train,
        IReadOnlyList<TrainingText> heldOut,
        FineTuneSettings settings,
        Action<string> log,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(heldOut);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        if (settings.Layers is < 1 or > MiniLmEncoder.FullDepth || settings.Epochs < 1 || settings.BatchSize < 1
            || settings.WindowTokens is < 8 or > 510 || settings.Stride < 1 || settings.Stride > settings.WindowTokens || settings.MaxSteps < 1)
        {
            throw LanternErrors.Usage($"fine-tuning settings out of range: layers {settings.Layers} (1..{MiniLmEncoder.FullDepth}), epochs {settings.Epochs}, batch {settings.BatchSize}, window {settings.WindowTokens} (8..510), stride {settings.Stride} (1..window), max steps {settings.MaxSteps}");
        }

        var clock = Stopwatch.StartNew();
        var techniques = Labels.TechniqueLabels.Count;
        torch.set_num_threads(settings.Threads);
        torch.manual_seed(settings.Seed);
        var random = new Random(settings.Seed);

        var windows = WindowBuilder.Build(train, settings.WindowTokens, settings.Stride, cancellationToken);
        var heldOutWindows = Sample(WindowBuilder.Build(heldOut, settings.WindowTokens, settings.Stride, cancellationToken), settings.MaxHeldOutWindows);
        if (windows.Count == 0)
        {
            throw LanternErrors.Usage("nothing to fine-tune on: no paragraph has a word piece");
        }

        var (tokenWeights, paragraphWeights) = PositiveWeights(windows, techniques, settings.MaxPositiveWeight);
        var stepsPerEpoch = (windows.Count + settings.BatchSize - 1) / settings.BatchSize;
        // The warm-up and decay span the steps actually taken, so a capped run still ends at a learning rate of 0.
        var steps = Math.Min(stepsPerEpoch * settings.Epochs, settings.MaxSteps ?? int.MaxValue);
        var scheduled = steps;
        log(string.Create(CultureInfo.InvariantCulture, $"{train.Count} texts, {windows.Count} windows ({windows.Sum(w => w.Pieces)} word pieces), {heldOut.Count} held-out texts ({heldOutWindows.Count} windows sampled for the held-out loss); {steps} steps of {settings.BatchSize}, {settings.Layers} layers, {settings.Threads} threads"));

        var graph = MiniLmEncoder.ReadPackagedGraph(settings.Layers);
        var weights = BertWeights.Read(graph);
        using var bert = TorchBert.Create(weights);
        using var heads = new TaskHeads(bert.Hidden, techniques);
        using var encoderOptimizer = optim.AdamW(bert.Trainable, settings.LearningRate, weight_decay: settings.WeightDecay);
        using var headOptimizer = optim.AdamW(heads.Parameters, settings.HeadLearningRate, weight_decay: settings.WeightDecay);
        var pad = MiniLmEncoder.LoadTokenizer().Pad;

        double? heldOutBefore = heldOutWindows.Count > 0 ? Evaluate(bert, heads, heldOutWindows, settings.BatchSize, pad, techniques, tokenWeights, paragraphWeights, settings.ParagraphLossWeight, cancellationToken) : null;
        if (heldOutBefore is { } before)
        {
            log(string.Create(CultureInfo.InvariantCulture, $"held-out loss before: {before:0.0000} ({clock.Elapsed.TotalSeconds:0} s)"));
        }

        var warmup = Math.Max(1, (int)Math.Round(scheduled * settings.WarmupFraction));
        var losses = new List<double>(steps);
        var step = 0;
        var trainClock = Stopwatch.StartNew();
        for (var epoch = 0; epoch < settings.Epochs && step < steps; epoch++)
        {
            foreach (var batchWindows in Batches(windows, settings.BatchSize, random))
            {
                if (step >= steps)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var factor = step < warmup ? (step + 1.0) / warmup : Math.Max(0.0, (scheduled - step) / (double)(scheduled - warmup));
                SetLearningRate(encoderOptimizer, settings.LearningRate * factor);
                SetLearningRate(headOptimizer, settings.HeadLearningRate * factor);
                using (var scope = NewDisposeScope())
                {
                    var batch = Batch.Of(batchWindows, pad, techniques);
                    var (loss, _, _) = Loss(bert, heads, batch, settings.Dropout, tokenWeights, paragraphWeights, settings.ParagraphLossWeight);
                    encoderOptimizer.zero_grad();
                    headOptimizer.zero_grad();
                    loss.backward();
                    nn.utils.clip_grad_norm_([.. bert.Trainable, .. heads.Parameters], 1.0);
                    encoderOptimizer.step();
                    headOptimizer.step();
                    losses.Add(loss.item<float>());
                }

                step++;
                if (step % settings.LogEvery == 0 || step == steps)
                {
                    var recent = losses.Skip(Math.Max(0, losses.Count - settings.LogEvery)).Average();
                    var perStep = trainClock.Elapsed.TotalSeconds / step;
                    log(string.Create(CultureInfo.InvariantCulture, $"step {step}/{steps} epoch {epoch + 1}: loss {recent:0.0000}, {perStep:0.00} s/step, eta {TimeSpan.FromSeconds(perStep * (steps - step)):hh\\:mm\\:ss}"));
                }
            }
        }

        double? heldOutAfter = heldOutWindows.Count > 0 ? Evaluate(bert, heads, heldOutWindows, settings.BatchSize, pad, techniques, tokenWeights, paragraphWeights, settings.ParagraphLossWeight, cancellationToken) : null;
        if (heldOutAfter is { } after)
        {
            log(string.Create(CultureInfo.InvariantCulture, $"held-out loss after: {after:0.0000}"));
        }

        weights.WriteTo(graph, bert.Export());
        Write(graph, settings.OutputPath);
        var name = Check(settings.OutputPath, settings.Layers);
        var tenth = Math.Max(1, losses.Count / 10);
        var result = new FineTuneResult(settings.OutputPath, step, windows.Count, losses.Take(tenth).Average(), losses.Skip(losses.Count - tenth).Average(), heldOutBefore, heldOutAfter, clock.Elapsed, name);
        log(string.Create(CultureInfo.InvariantCulture, $"wrote {settings.OutputPath} ({new FileInfo(settings.OutputPath).Length / 1048576.0:0.0} MiB, encoder {name}) after {step} steps in {clock.Elapsed.TotalMinutes:0.0} min; training loss {result.FirstLoss:0.0000} (first tenth) -> {result.LastLoss:0.0000} (last tenth)"));
        return result;
    }

    private static (Tensor Loss, Tensor TokenLoss, Tensor ParagraphLoss) Loss(TorchBert bert, TaskHeads heads, Batch batch, double dropout, float[] tokenWeights, float[] paragraphWeights, double paragraphWeight)
    {
        var states = bert.Forward(batch.Ids, batch.Mask, dropout);
        var (tokenLogits, paragraphLogits) = heads.Forward(states, batch.PieceMask, batch.PieceRows);
        var tokenLoss = nn.functional.binary_cross_entropy_with_logits(tokenLogits, batch.TokenGold, pos_weights: tensor(tokenWeights));
        var paragraphLoss = nn.functional.binary_cross_entropy_with_logits(paragraphLogits, batch.ParagraphGold, pos_weights: tensor(paragraphWeights));
        return (tokenLoss + paragraphWeight * paragraphLoss, tokenLoss, paragraphLoss);
    }

    /// <summary>Mean loss over windows, without dropout or gradients, in a fixed order.</summary>
    private static double Evaluate(TorchBert bert, TaskHeads heads, List<Window> windows, int batchSize, long pad, int techniques, float[] tokenWeights, float[] paragraphWeights, double paragraphWeight, CancellationToken cancellationToken)
    {
        using var _ = no_grad();
        var sum = 0.0;
        foreach (var chunk in windows.OrderBy(w => w.Ids.Length).Chunk(batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = NewDisposeScope();
            var (loss, _, _) = Loss(bert, heads, Batch.Of(chunk, pad, techniques), 0, tokenWeights, paragraphWeights, paragraphWeight);
            sum += loss.item<float>() * chunk.Length;
        }

        return sum / windows.Count;
    }

    /// <summary>Every n-th window, so at most <paramref name="most"/> remain: the held-out loss is a check, not a measure, and costs a forward pass per window.</summary>
    private static List<Window> Sample(List<Window> windows, int most)
    {
        var every = (windows.Count + most - 1) / Math.Max(1, most);
        return every <= 1 ? windows : [.. windows.Where((_, i) => i % every == 0)];
    }

    /// <summary>
    /// Shuffled batches of windows of similar length (sorted within pools of 50 batches, so little padding), in a
    /// shuffled order: the seed fixes every epoch's order.
    /// </summary>
    private static Window[][] Batches(List<Window> windows, int batchSize, Random random)
    {
        var order = windows.ToArray();
        random.Shuffle(order);
        var batches = order.Chunk(batchSize * 50).SelectMany(pool => pool.OrderBy(w => w.Ids.Length).Chunk(batchSize)).ToArray();
        random.Shuffle(batches);
        return batches;
    }

    /// <summary>sqrt(negatives / positives) per technique, capped, for word pieces and for windows (1 when a technique never occurs).</summary>
    private static (float[] Tokens, float[] Paragraphs) PositiveWeights(List<Window> windows, int techniques, double cap)
    {
        var tokenPositives = new long[techniques];
        var paragraphPositives = new long[techniques];
        long pieces = 0;
        foreach (var window in windows)
        {
            pieces += window.Pieces;
            for (var k = 0; k < techniques; k++)
            {
                paragraphPositives[k] += window.ParagraphGold[k] ? 1 : 0;
            }

            for (var i = 0; i < window.TokenGold.Length; i++)
            {
                tokenPositives[i % techniques] += window.TokenGold[i] ? 1 : 0;
            }
        }

        float Weight(long positives, long total) => positives == 0 ? 1f : (float)Math.Min(cap, Math.Sqrt((total - positives) / (double)positives));
        return ([.. tokenPositives.Select(p => Weight(p, pieces))], [.. paragraphPositives.Select(p => Weight(p, windows.Count))]);
    }

    private static void SetLearningRate(OptimizerHelper optimizer, double rate)
    {
        foreach (var group in optimizer.ParamGroups)
        {
            group.LearningRate = rate;
        }
    }

    /// <summary>Written to a temporary name and moved, so a crash never leaves half a graph under the real name.</summary>
    private static void Write(Onnx.ModelProto graph, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = $"{full}.{Environment.ProcessId}.tmp";
        using (var stream = File.Create(temporary))
        {
            graph.WriteTo(stream);
        }

        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>Loads the written graph in ONNX Runtime as the encoder would and encodes a sentence: the file is usable.</summary>
    private static string Check(string path, int layers)
    {
        const string sentence = "The written graph loads.";
        using var encoder = MiniLmEncoder.Create(MiniLmEncoderOptions.Default with { ModelPath = path, Layers = layers, Precision = EncoderPrecision.Float32, CacheDirectory = null, IntraOpThreads = 1 });
        var states = encoder.Encode(sentence, [new TextSpan(0, sentence.Length)])[0];
        if (states.States.Any(v => !float.IsFinite(v)))
        {
            throw LanternErrors.ModelCorrupt(path, "the fine-tuned graph gives non-finite token states");
        }

        return encoder.Name;
    }
}
