using Lantern.Analysis.Tests.Heads;
using Lantern.Articles;
using Lantern.Documents;
using Lantern.Languages;
using Lantern.Models;
using Lantern.Models.Encoding;
using Lantern.Models.Heads;
using Lantern.Models.Training;
using Lantern.Segmentation;

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

    /// <summary>A short article of our own with loaded wording in two of its paragraphs, predicted by the calibration tests.</summary>
    public const string Text = "A new vote\n\nThose shameful corrupt traitors on the council want to take your money, café owners say.\nThe meeting ended at nine.\nThey are disgusting lying crooks and everyone knows it.\n";

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

    /// <summary>The heads' predictions for <see cref="Text"/>, declared (and detected) as <paramref name="language"/>.</summary>
    public static HeadPredictions Predict(TrainedHeads heads, string language = "en")
    {
        var article = new Article { Id = "t", Text = Text, Language = language };
        var paragraphs = LineParagraphs.Split(Text);
        var document = new ArticleDocument(article, paragraphs, [], [], new LanguageGuess(language, 1), [.. paragraphs.Select(_ => new LanguageGuess(language, 1))]);
        using var encoder = MiniLmEncoder.Create();
        return heads.Predict(document, encoder.Encode(Text, [.. document.Paragraphs.Select(p => p.Span)]));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
