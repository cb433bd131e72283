using Lantern.Taxonomy;

namespace Lantern.Tests.Taxonomy;

public sealed class TechniqueDescriptionsTests
{
    [Fact]
    public void Given_the_descriptions_When_listed_Then_they_follow_the_taxonomy_label_for_label()
    {
        Assert.Equal(Labels.TechniqueLabels, TechniqueDescriptions.Techniques.Select(d => d.Label));
        Assert.Equal(Labels.Frames, TechniqueDescriptions.Frames.Select(d => d.Label));
        Assert.Equal(Labels.Genres, TechniqueDescriptions.Genres.Select(d => d.Label));
    }

    [Fact]
    public void Given_every_description_When_read_Then_it_has_a_name_a_sentence_of_definition_and_an_example_sentence()
    {
        foreach (var d in TechniqueDescriptions.Techniques.Concat(TechniqueDescriptions.Frames).Concat(TechniqueDescriptions.Genres))
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Name), d.Label);
            Assert.EndsWith(".", d.Definition, StringComparison.Ordinal);
            Assert.Matches("[.!?]$", d.Example);
            Assert.DoesNotContain('\n', d.Definition + d.Example);
        }
    }

    [Fact]
    public void Given_the_technique_abbreviations_When_compared_Then_each_is_unique_and_short()
    {
        var abbreviations = TechniqueDescriptions.Techniques.Select(d => d.Abbreviation).ToList();

        Assert.Equal(abbreviations.Count, abbreviations.Distinct(StringComparer.Ordinal).Count());
        Assert.All(abbreviations, a => Assert.InRange(a.Length, 2, 3));
    }

    [Theory]
    [InlineData("Loaded_Language", "Loaded language")]
    [InlineData("Economic", "Economic")]
    [InlineData("satire", "Satire")]
    public void Given_a_label_When_found_Then_its_description_comes_back(string label, string name)
    {
        Assert.Equal(name, TechniqueDescriptions.Find(label)?.Name);
    }

    [Fact]
    public void Given_an_unknown_label_When_found_Then_null()
    {
        Assert.Null(TechniqueDescriptions.Find("Not_A_Technique"));
    }
}
