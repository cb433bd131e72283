namespace Lantern.Web.Internal;

/// <summary>A request refused with a known 4xx status; <see cref="Problems"/> writes it as problem JSON.</summary>
internal sealed class ApiProblemException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}
