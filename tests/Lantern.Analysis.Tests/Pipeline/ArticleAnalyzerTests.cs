using Lantern.Analysis.Rendering;
using Lantern.Errors;
using Lantern.Taxonomy;

namespace Lantern.Analysis.Tests.Pipeline;

public sealed class ArticleAnalyzerTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    private ArticleAnalyzer Analyzer => fixture.Analyzer;

    [Fact]
    public void Given_a_loaded_article_When_analysed_Then_every_span_text_is_the_article_text_at_its_offsets()
    {
        var article = Articles.Read(Articles.Loaded);

        var analysis = Analyzer.Analyze(article);

        Assert.NotEmpty(analysis.Spans);
        Assert.All(analysis.Spans, s =>
        {
            Assert.Equal(s.Text, s.Span.Of(article.Text));
            Assert.False(string.IsNullOrWhiteSpace(s.Text));
            Assert.Contains(s.Technique, Labels.TechniqueLabels);
            Assert.InRange(s.Score, 0, 1);
        });
    }

    [Fact]
    public void Given_an_article_When_analysed_Then_paragraphs_are_its_non_empty_lines_with_SemEval_line_numbers()
    {
        var article = Articles.Read(Articles.Loaded);

        var analysis = Analyzer.Analyze(article);

        Assert.Equal([1, 3, 4, 5, 6], analysis.Paragraphs.Select(p => p.Line));
        Assert.Equal("Council's Shameful Betrayal Of Every Taxpayer", analysis.Paragraphs[0].Span.Of(article.Text));
        Assert.Equal(Enumerable.Range(0, analysis.Paragraphs.Count), analysis.Paragraphs.Select(p => p.Index));
        Assert.Contains(analysis.Genre.Label, Labels.Genres);
        Assert.Equal(Labels.Genres, analysis.Genre.Scores.Select(s => s.Label));
        Assert.All(analysis.Frames, f => Assert.Contains(f.Label, Labels.Frames));
        Assert.Equal("en", analysis.Language.Code);
        // The analyzer lists every heads version it may route to; an analysis names the one that answered.
        var (encoder, heads) = (analysis.Model.Split('/')[0], analysis.Model.Split('/')[1]);
        Assert.StartsWith(encoder + "/", Analyzer.Model, StringComparison.Ordinal);
        Assert.Contains(heads, Analyzer.Model.Split('/')[1].Split(','));
    }

    [Fact]
    public void Given_the_same_article_twice_When_analysed_Then_the_results_are_identical()
    {
        var first = AnalysisJson.Serialize(Analyzer.Analyze(Articles.Read(Articles.Loaded)));
        var second = AnalysisJson.Serialize(Analyzer.Analyze(Articles.Read(Articles.Loaded)));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Given_articles_analysed_in_parallel_When_compared_with_one_at_a_time_Then_the_results_are_identical()
    {
        var texts = new[] { Articles.Loaded, "Short title\n\nA calm report on the weather: rain later today.\n", "Another\n\nThe vote was close, 51 to 49.\n" };
        var articles = texts.Select(t => Articles.Read(t)).ToArray();
        using var parallel = new AnalyzerBuilder().WithParallelArticles(3).WithThreads(1).Build();

        var together = parallel.AnalyzeMany(articles).Select(a => AnalysisJson.Serialize(a));
        var alone = articles.Select(a => AnalysisJson.Serialize(Analyzer.Analyze(a)));

        Assert.Equal(alone, together);
    }

    [Fact]
    public void Given_articles_analysed_each_in_a_pipeline_When_compared_with_one_at_a_time_Then_results_come_in_order_and_are_identical()
    {
        var texts = new[] { Articles.Loaded, "Short title\n\nA calm report on the weather: rain later today.\n", "   \n\n\n", "Another\n\nThe vote was close, 51 to 49.\n", Articles.Loaded };
        var articles = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Articles.Read(t)).ToArray();
        var order = new List<int>();
        var threads = new HashSet<int>();
        var results = new string[articles.Length];

        Analyzer.AnalyzeEach(articles.Length, i => articles[i], (i, analysis) =>
        {
            order.Add(i);
            threads.Add(Environment.CurrentManagedThreadId);
            results[i] = AnalysisJson.Serialize(analysis);
        });

        Assert.Equal(Enumerable.Range(0, articles.Length), order);
        Assert.Equal([Environment.CurrentManagedThreadId], threads);
        Assert.Equal(articles.Select(a => AnalysisJson.Serialize(Analyzer.Analyze(a))), results);
    }

    [Fact]
    public void Given_an_empty_article_among_others_When_analysed_each_Then_its_rejection_stops_the_rest_and_is_rethrown_as_itself()
    {
        var articles = new[] { Articles.Read(Articles.Loaded), Articles.Read("placeholder") with { Text = " \n " }, Articles.Read(Articles.Loaded) };
        var done = new List<int>();

        var error = Assert.Throws<InputRejectedException>(() => Analyzer.AnalyzeEach(articles.Length, i => articles[i], (i, _) => done.Add(i)));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.Equal([0], done);
    }

    [Fact]
    public void Given_a_failing_consumer_When_analysed_each_Then_its_exception_is_rethrown_and_no_later_article_is_handed_over()
    {
        var articles = Enumerable.Range(0, 6).Select(_ => Articles.Read(Articles.Loaded)).ToArray();
        var read = 0;
        var done = new List<int>();

        var error = Assert.Throws<InvalidOperationException>(() => Analyzer.AnalyzeEach(
            articles.Length,
            i =>
            {
                Interlocked.Increment(ref read);
                return articles[i];
            },
            (i, _) =>
            {
                done.Add(i);
                if (i == 1)
                {
                    throw new InvalidOperationException("disk full");
                }
            }));

        Assert.Equal("disk full", error.Message);
        Assert.Equal([0, 1], done);
        Assert.InRange(Volatile.Read(ref read), 2, 4); // the encoder runs at most two articles ahead of the consumer
    }

    [Fact]
    public void Given_an_empty_article_When_analysed_Then_it_is_rejected_as_input()
    {
        var article = Articles.Read("placeholder") with { Text = "  \n\n " };

        var error = Assert.Throws<InputRejectedException>(() => Analyzer.Analyze(article));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_paragraph_of_emoji_only_When_analysed_Then_it_is_a_paragraph_of_the_result()
    {
        var text = "Weekend mood\n\n😀😀🎉🔥💯 🙌🙌\n\nThe festival drew a large crowd.\n";

        var analysis = Analyzer.Analyze(Articles.Read(text));

        Assert.Equal("😀😀🎉🔥💯 🙌🙌", analysis.Paragraphs[1].Span.Of(text));
        Assert.All(analysis.Spans, s => Assert.Equal(s.Text, s.Span.Of(text)));
        Assert.All(analysis.Spans, s => Assert.False(char.IsLowSurrogate(text[s.Start]) || char.IsHighSurrogate(text[s.Start + s.Length - 1])));
    }

    [Fact]
    public void Given_an_Arabic_paragraph_inside_English_When_analysed_Then_it_is_analysed_with_the_rest()
    {
        var text = "Voices from the square\n\nProtesters gathered again on Friday.\nقال المتظاهرون إن الحكومة فاسدة وكاذبة ويجب أن ترحل الآن.\nThe police watched from a distance.\n";

        var analysis = Analyzer.Analyze(Articles.Read(text));

        Assert.Equal(4, analysis.Paragraphs.Count);
        Assert.StartsWith("قال", analysis.Paragraphs[2].Span.Of(text), StringComparison.Ordinal);
        Assert.All(analysis.Spans, s => Assert.Equal(s.Text, s.Span.Of(text)));
    }

    [Fact]
    public void Given_an_enormous_paragraph_When_analysed_Then_it_is_windowed_whole_and_the_result_says_so()
    {
        var sentence = "The shameful, corrupt council betrayed every honest family in this town once again. ";
        var text = "A very long rant\n\n" + string.Concat(Enumerable.Repeat(sentence, 150)).TrimEnd() + "\n";

        var analysis = Analyzer.Analyze(Articles.Read(text));

        var warning = Assert.Single(analysis.Warnings, w => w.Code == AnalysisWarnings.WindowedParagraphCode);
        Assert.Contains("line 3", warning.Message, StringComparison.Ordinal);
        Assert.Equal(text.Length - 1 - 18, analysis.Paragraphs[1].Length);
        Assert.True(analysis.Timing.Tokens > 1500);
        Assert.All(analysis.Spans, s => Assert.Equal(s.Text, s.Span.Of(text)));
    }

    [Fact]
    public void Given_an_article_in_a_language_the_models_do_not_know_When_analysed_Then_it_is_analysed_with_a_language_warning()
    {
        var text = "Νέα της ημέρας\n\nΠολλοί άνθρωποι συγκεντρώθηκαν στην αγορά σήμερα το πρωί για να αγοράσουν φρούτα.\nΗ κυβέρνηση δήλωσε ότι θα χτίσει νέο δρόμο στο χωριό μας του χρόνου.\n";

        var analysis = Analyzer.Analyze(Articles.Read(text));

        Assert.Contains(analysis.Warnings, w => w.Code is AnalysisWarnings.UnknownLanguageCode or AnalysisWarnings.UnsupportedLanguageCode);
        Assert.Equal(3, analysis.Paragraphs.Count);
    }

    [Fact]
    public void Given_a_cancelled_token_When_analysing_Then_the_analysis_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Analyzer.Analyze(Articles.Read(Articles.Loaded), cancelled.Token));
    }
}
