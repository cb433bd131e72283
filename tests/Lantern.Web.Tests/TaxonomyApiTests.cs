using System.Text.Json;
using Lantern.Taxonomy;

namespace Lantern.Web.Tests;

[Collection(WebAppCollection.Name)]
public sealed class TaxonomyApiTests(WebAppFixture app)
{
    private async Task<JsonElement> GetAsync()
    {
        using var response = await app.Client.GetAsync("/api/techniques");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Given_the_taxonomy_When_requested_Then_it_lists_every_label_in_taxonomy_order()
    {
        var root = await GetAsync();

        Assert.Equal(Labels.TechniqueLabels, root.GetProperty("techniques").EnumerateArray().Select(t => t.GetProperty("label").GetString()));
        Assert.Equal(Labels.Frames, root.GetProperty("frames").EnumerateArray().Select(t => t.GetProperty("label").GetString()));
        Assert.Equal(Labels.Genres, root.GetProperty("genres").EnumerateArray().Select(t => t.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task Given_the_taxonomy_When_requested_Then_every_label_has_a_definition_an_example_and_a_unique_abbreviation()
    {
        var root = await GetAsync();

        foreach (var group in new[] { "techniques", "frames", "genres" })
        {
            var items = root.GetProperty(group).EnumerateArray().ToList();
            foreach (var item in items)
            {
                Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("definition").GetString()), item.ToString());
                Assert.EndsWith(".", item.GetProperty("definition").GetString(), StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("example").GetString()), item.ToString());
                Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("name").GetString()), item.ToString());
            }

            var abbreviations = items.Select(i => i.GetProperty("abbreviation").GetString()).ToList();
            Assert.Equal(abbreviations.Count, abbreviations.Distinct().Count());
        }
    }

    [Fact]
    public async Task Given_the_taxonomy_When_requested_Then_each_technique_has_its_palette_colour_and_css_class()
    {
        var root = await GetAsync();

        var techniques = root.GetProperty("techniques").EnumerateArray().ToList();
        for (var i = 0; i < techniques.Count; i++)
        {
            var label = techniques[i].GetProperty("label").GetString()!;
            Assert.Equal(Analysis.Rendering.TechniquePalette.Colour(label), techniques[i].GetProperty("colour").GetString());
            Assert.Equal($"t{i}", techniques[i].GetProperty("cssClass").GetString());
        }
    }
}
