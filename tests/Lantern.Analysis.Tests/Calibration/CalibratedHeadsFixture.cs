using Lantern.Analysis.Tests.Heads;
using Lantern.Models.Training;

namespace Lantern.Analysis.Tests.Calibration;

/// <summary>Heads trained once (2-fold cross-validation) on the tiny fixture corpus, shared by the calibration tests.</summary>
public sealed class CalibratedHeadsFixture : IDisposable
{
    public CalibratedHeadsFixture()
    {
        Root = Directory.CreateTempSubdirectory("lantern-calibration-test").FullName;
        Result = Trainer.Run(
            new TrainSettings
            {
                DataDirectory = TinyCorpus.Write(Path.Combine(Root, "data")),
                OutputDirectory = Path.Combine(Root, "model"),
                Folds = 2,
                Seed = 7,
                Languages = ["en"],
                CacheDirectory = Path.Combine(Root, "cache"),
            },
            null,
            _ => { });
    }

    public string Root { get; }

    public TrainResult Result { get; }

    /// <summary>A fresh copy of the trained model folder, for tests that damage or rewrite it.</summary>
    public string Copy()
    {
        var target = Path.Combine(Root, "copy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Result.ModelDirectory))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
