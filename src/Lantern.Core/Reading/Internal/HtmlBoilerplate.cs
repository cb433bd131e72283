using AngleSharp.Dom;

namespace Lantern.Reading.Internal;

/// <summary>Which elements are page furniture (menus, ads, share bars, comments...) rather than article text.</summary>
internal static class HtmlBoilerplate
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "frame", "frameset",
        "object", "embed", "svg", "math", "canvas", "button", "select", "input", "textarea", "label", "menu", "dialog",
        "head", "title", "audio", "video", "map", "picture", "img",
    };

    // Always furniture, whatever else the class says.
    private static readonly HashSet<string> StrongTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot", "dfp",
        "promo", "promos", "promotion", "sponsor", "sponsored", "share", "shares", "sharing", "sharebar", "social",
        "comment", "comments", "disqus", "related", "recommended", "outbrain", "taboola", "cookie", "cookies",
        "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup", "paywall",
    };

    // Furniture unless the class also says it is the content ("sidebar" yes, "main-content sidebar-layout" no).
    private static readonly HashSet<string> WeakTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "sidebar", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "banner", "footer", "masthead",
        "widget", "popup", "modal", "overlay", "toolbar", "skip", "hidden", "sr", "visually",
    };

    private static readonly HashSet<string> ContentTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "body", "content", "main", "story", "post", "entry", "text",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Strong = StrongTokens.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Weak = WeakTokens.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Content = ContentTokens.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsDropped(IElement element)
    {
        var tag = element.LocalName;
        if (DroppedTags.Contains(tag))
        {
            return true;
        }

        // One pass over the attributes: this runs for every element of the page, twice.
        var attributes = element.Attributes;
        var furnitureName = false;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            var value = attribute.Value;
            switch (attribute.LocalName)
            {
                case "hidden":
                    return true;
                case "aria-hidden" when value.Equals("true", StringComparison.OrdinalIgnoreCase):
                    return true;
                case "style" when IsHiddenByStyle(value):
                    return true;
                case "role" when value is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "dialog" or "alert":
                    return true;
                case "class" or "id":
                    furnitureName |= IsFurnitureName(value);
                    break;
            }
        }

        if (tag is "html" or "body" or "main" or "article")
        {
            return false;
        }

        return furnitureName || (tag == "header" && !IsInsideArticle(element));
    }

    internal static bool IsFurnitureName(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        var weak = false;
        var content = false;
        var span = names.AsSpan();
        foreach (var range in span.SplitAny(" \t\r\n-_:."))
        {
            var token = span[range];
            if (token.IsEmpty)
            {
                continue;
            }

            if (Strong.Contains(token))
            {
                return true;
            }

            weak |= Weak.Contains(token);
            content |= Content.Contains(token);
        }

        return weak && !content;
    }

    private static bool IsHiddenByStyle(string? style)
    {
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        if (!style.Contains("none", StringComparison.OrdinalIgnoreCase) && !style.Contains("hidden", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsInsideArticle(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "article" or "main" || parent.GetAttribute("role") == "main")
            {
                return true;
            }
        }

        return false;
    }
}
