using Lantern.Documents;

namespace Lantern.Structure;

/// <summary>One stage of structure detection (layout, quotes, scripts...). Implementations are thread-safe.</summary>
public interface IStructureDetector
{
    IEnumerable<StructureSpan> Detect(StructureContext context, CancellationToken cancellationToken);
}
