using AngleSharp.Dom;
using Lantern.Text;

namespace Lantern.Reading.Internal;

/// <summary>Finds the main content of a parsed page and turns it into text, one block per line.</summary>
internal static class HtmlContent
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "section", "article", "main", "header", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr",
        "td", "th", "caption", "address", "hr", "br", "center", "details", "summary", "hgroup", "body", "fieldset",
        "legend",
    };

    /// <summary>Scores every candidate container and picks the root of the article text.</summary>
    public static IElement ChooseRoot(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var blockScore = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        var containerText = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        var containers = new List<IElement>();
        var open = new List<IElement>();
        IElement? paragraph = null;
        var total = 0;
        HtmlWalk.Walk(
            body,
            node =>
            {
                if (node is IText text)
                {
                    if (paragraph is not null)
                    {
                        var length = text.Data.AsSpan().Trim().Length;
                        total += length;
                        if (paragraph.ParentElement is { } parent)
                        {
                            blockScore[parent] = blockScore.GetValueOrDefault(parent) + length;
                            if (parent.ParentElement is { } grand)
                            {
                                blockScore[grand] = blockScore.GetValueOrDefault(grand) + (length / 2.0);
                            }
                        }

                        foreach (var container in open)
                        {
                            containerText[container] = containerText.GetValueOrDefault(container) + length;
                        }
                    }

                    return false;
                }

                if (node is not IElement element || HtmlBoilerplate.IsDropped(element))
                {
                    return false;
                }

                if (IsContainer(element))
                {
                    open.Add(element);
                    containers.Add(element);
                }

                if (element.LocalName is "p" or "pre" or "blockquote" && paragraph is null)
                {
                    paragraph = element;
                }

                return true;
            },
            node =>
            {
                if (ReferenceEquals(node, paragraph))
                {
                    paragraph = null;
                }

                if (open.Count > 0 && ReferenceEquals(open[^1], node))
                {
                    open.RemoveAt(open.Count - 1);
                }
            });

        if (total == 0)
        {
            return body;
        }

        // A semantic container wins when it holds a fair share of the page's paragraph text
        // (a list of teaser <article>s holds little of it each).
        var best = containers
            .Where(c => containerText.GetValueOrDefault(c) >= 0.3 * total)
            .OrderByDescending(c => c.LocalName == "article" ? 1 : 0)
            .ThenByDescending(c => containerText.GetValueOrDefault(c))
            .FirstOrDefault();
        if (best is not null)
        {
            return best;
        }

        return blockScore.Count == 0 ? body : blockScore.MaxBy(kv => kv.Value).Key;
    }

    /// <summary>The text of <paramref name="root"/>: block elements become lines separated by a blank line, whitespace collapsed inside.</summary>
    public static HtmlExtraction Extract(IElement root)
    {
        var output = new CollapsedTextBuilder();
        var blocks = new List<TextSpan>();
        var h1Blocks = new List<int>();
        var h1Depth = 0;
        var blockIsH1 = false;

        void Flush()
        {
            if (output.EndBlock() is not { } block)
            {
                return;
            }

            if (blockIsH1)
            {
                h1Blocks.Add(blocks.Count);
            }

            blocks.Add(TextSpan.FromBounds(block.Start, block.End));
            blockIsH1 = false;
        }

        HtmlWalk.Walk(
            root,
            node =>
            {
                if (node is IText text)
                {
                    if (output.IsBlockEmpty)
                    {
                        blockIsH1 = h1Depth > 0;
                    }

                    output.Append(text.Data);
                    return false;
                }

                if (node is not IElement element || HtmlBoilerplate.IsDropped(element))
                {
                    return false;
                }

                var tag = element.LocalName;
                if (BlockTags.Contains(tag))
                {
                    Flush();
                }

                if (tag == "h1")
                {
                    h1Depth++;
                }

                return true;
            },
            node =>
            {
                var tag = ((IElement)node).LocalName;
                if (BlockTags.Contains(tag))
                {
                    Flush();
                }

                if (tag == "h1")
                {
                    h1Depth--;
                }
            });
        Flush();
        return new HtmlExtraction(output.ToString(), blocks, h1Blocks);
    }

    private static bool IsContainer(IElement element) =>
        element.LocalName is "article" or "main" || element.GetAttribute("role") == "main";
}
