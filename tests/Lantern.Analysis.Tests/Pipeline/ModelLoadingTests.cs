using Lantern.Errors;

namespace Lantern.Analysis.Tests.Pipeline;

public sealed class ModelLoadingTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("lantern-models-").FullName;

    [Fact]
    public void Given_a_models_folder_without_the_heads_When_built_Then_a_model_error_names_the_missing_file()
    {
        var error = Assert.Throws<ModelException>(() => new AnalyzerBuilder().UseModelDirectory(directory).Build());

        Assert.Contains(directory, error.Message, StringComparison.Ordinal);
        Assert.Contains("heads", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_corrupt_heads_file_When_built_Then_a_model_error_names_that_file()
    {
        var shipped = ModelDirectory.Locate();
        foreach (var file in Directory.EnumerateFiles(shipped))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        var weights = Directory.EnumerateFiles(directory, "*.bin").Single();
        File.WriteAllBytes(weights, [1, 2, 3, 4, 5, 6, 7]);

        var error = Assert.Throws<ModelException>(() => new AnalyzerBuilder().UseModelDirectory(directory).Build());

        Assert.Contains(Path.GetFileName(weights), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_LANTERN_MODELS_is_unset_When_the_models_are_located_Then_a_folder_with_the_shipped_heads_is_found()
    {
        var found = ModelDirectory.Locate();

        Assert.True(Directory.Exists(found), found);
        Assert.NotEmpty(Directory.EnumerateFiles(found));
    }

    [Fact]
    public void Given_the_shipped_heads_When_built_Then_the_encoder_is_the_one_the_heads_were_trained_on_unless_overridden()
    {
        var heads = Models.Heads.LanguageRoutedHeads.Load(ModelDirectory.Locate());
        Assert.NotNull(heads.Encoder);

        using (var analyzer = new AnalyzerBuilder().WithThreads(1).Build())
        {
            Assert.Equal(heads.Encoder, analyzer.Encoder.Name);
            Assert.StartsWith(heads.Encoder + "/", analyzer.Model, StringComparison.Ordinal);
        }

        using var fp32 = new AnalyzerBuilder().WithThreads(1).WithPrecision(Models.Encoding.EncoderPrecision.Float32).Build();
        // The precision is overridden; the depth still follows the heads.
        Assert.Equal(Models.Encoding.MiniLmEncoder.NameOf(Models.Encoding.EncoderPrecision.Float32, Models.Encoding.MiniLmEncoder.LayersOf(heads.Encoder)), fp32.Encoder.Name);
        Assert.DoesNotContain("int8", fp32.Encoder.Name, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
