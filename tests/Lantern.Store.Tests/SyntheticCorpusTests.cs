using System.Security.Cryptography;
using System.Text;
using Lantern.Store.Synthetic;

namespace Lantern.Store.Tests;

/// <summary>The synthetic corpus is the same in every process, not only within one run.</summary>
public sealed class SyntheticCorpusTests
{
    [Fact]
    public void Given_a_seed_and_an_index_When_the_article_is_made_Then_it_is_the_article_every_run_has_made()
    {
        var entry = SyntheticCorpus.Entry(3, seed: 7, dimensions: 4);
        var analysis = entry.Analysis!;
        var fingerprint = string.Join("|", entry.Article.Text, entry.Source, string.Join(",", analysis.Spans.Select(s => $"{s.Technique}@{s.Start}+{s.Length}")), analysis.CallsToAction.Flag, string.Join(",", analysis.Embeddings.SelectMany(e => e.Vector).Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))));

        // A literal on purpose: a seed derived from something randomised per process (as HashCode.Combine is) changes it on every run.
        Assert.Equal("23ada3bfd1e923ad", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..16]);
    }
}
