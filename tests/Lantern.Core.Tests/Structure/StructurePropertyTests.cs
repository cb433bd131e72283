using CsCheck;
using Lantern.Documents;
using Lantern.Languages;
using Lantern.Segmentation;

namespace Lantern.Tests.Structure;

public sealed class StructurePropertyTests
{
    private static readonly Gen<string> Lines = Gen.OneOf(
        Gen.Const("OPINION"), Gen.Const("World | Europe"), Gen.Const("By Jane Doe and John Roe"), Gen.Const("Jane Doe"),
        Gen.Const("Professor of History"), Gen.Const("“We will win,” said Maria Lopez."), Gen.Const("« Oui », a déclaré Jean Dupont."),
        Gen.Const("According to John Roe, it failed."), Gen.Const("He recited بسم الله here."), Gen.Const("— Jane Doe is a professor at X."),
        Gen.String[Gen.Char["aB .,\"“”«»‘’عλж:|—"], 0, 60]);

    private static readonly Gen<string> Articles = Gen.Select(Lines.Array[0, 12], Gen.Bool, (lines, crlf) => string.Join(crlf ? "\r\n" : "\n", lines));

    [Fact]
    public void Given_any_article_When_segmented_Then_structure_spans_lie_inside_the_text_and_are_well_typed()
    {
        Articles.Sample(text =>
        {
            var document = DocumentSegmenter.Default.Segment(Dump.Article(text));
            foreach (var s in document.Structure)
            {
                Assert.True(s.Span.End <= text.Length && !s.Span.IsEmpty, $"{s} in {text.Length} chars");
                var value = s.Span.Of(text);
                Assert.Equal(value.Trim(), value);
                if (s.Kind == StructureKind.ForeignScript)
                {
                    Assert.True(Enum.TryParse<Script>(s.Detail, out _), s.Detail);
                }

                if (s.Kind == StructureKind.Speaker)
                {
                    Assert.Contains(document.Structure, a => a.Kind == StructureKind.Attribution && a.Span.Contains(s.Span) && a.Detail == value);
                }
            }

            Assert.True(document.Structure.Count(s => s.Kind == StructureKind.Headline) <= 1);
        });
    }
}
