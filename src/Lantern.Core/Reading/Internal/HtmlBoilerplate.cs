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
    private static readonly HashSet<string> StrongTokens = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot", "dfp",
        "promo", "promos", "promotion", "sponsor", "sponsored", "share", "shares", "sharing", "sharebar", "social",
        "comment", "comments", "disqus", "related", "recommended", "outbrain", "taboola", "cookie", "cookies",
        "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup", "paywall",
    };

    // Furniture unless the class also says it is the content ("sidebar" yes, "main-content sidebar-layout" no).
    private static readonly HashSet<string> WeakTokens = new(StringComparer.Ordinal)
    {
        "sidebar", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "banner", "footer", "masthead",
        "widget", "popup", "modal", "overlay", "toolbar", "skip", "hidden", "sr", "visually",
    };

    private static readonly HashSet<string> ContentTokens = new(StringComparer.Ordinal)
    {
        "article", "body", "content", "main", "story", "post", "entry", "text",
    };

    public static bool IsDropped(IElement element)
    {
        var tag = element.LocalName;
        if (DroppedTags.Contains(tag))
        {
            return true;
        }

        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || IsHiddenByStyle(element.GetAttribute("style")))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "dialog" or "alert")
        {
            return true;
        }

        if (tag is "html" or "body" or "main" or "article")
        {
            return false;
        }

        if (tag == "header" && !IsInsideArticle(element))
        {
            return true;
        }

        return IsFurnitureName(element.GetAttribute("class")) || IsFurnitureName(element.Id);
    }

    internal static bool IsFurnitureName(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        var weak = false;
        var content = false;
        foreach (var range in names.AsSpan().SplitAny(" \t\r\n-_:."))
        {
            var token = names[range].ToLowerInvariant();
            if (token.Length == 0)
            {
                continue;
            }

            if (StrongTokens.Contains(token))
            {
                return true;
            }

            weak |= WeakTokens.Contains(token);
            content |= ContentTokens.Contains(token);
        }

        return weak && !content;
    }

    private static bool IsHiddenByStyle(string? style)
    {
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
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
