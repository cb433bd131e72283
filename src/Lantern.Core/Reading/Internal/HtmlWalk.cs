using AngleSharp.Dom;

namespace Lantern.Reading.Internal;

/// <summary>
/// Depth-first walk of a DOM subtree with an explicit stack (no recursion, so deep pages cannot
/// overflow the call stack) and indexed child access (AngleSharp's <c>NextSibling</c> is a linear scan).
/// </summary>
internal static class HtmlWalk
{
    /// <summary>
    /// Calls <paramref name="enter"/> for every node below <paramref name="root"/> in document order;
    /// when it returns true the node's children follow and then <paramref name="exit"/> is called for it.
    /// </summary>
    public static void Walk(INode root, Func<INode, bool> enter, Action<INode> exit)
    {
        var stack = new Stack<(INode Node, int Next)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var children = node.ChildNodes;
            if (next < children.Length)
            {
                stack.Push((node, next + 1));
                var child = children[next];
                if (enter(child))
                {
                    stack.Push((child, 0));
                }
            }
            else if (!ReferenceEquals(node, root))
            {
                exit(node);
            }
        }
    }

    /// <summary>The text of a subtree, whitespace collapsed, skipping scripts and styles.</summary>
    public static string CollapsedText(INode root)
    {
        var text = new CollapsedTextBuilder();
        Walk(
            root,
            node =>
            {
                if (node is IText t)
                {
                    text.Append(t.Data);
                    return false;
                }

                return node is IElement e && e.LocalName is not ("script" or "style" or "template" or "noscript");
            },
            _ => { });
        return text.ToString();
    }
}
