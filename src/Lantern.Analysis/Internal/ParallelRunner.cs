using System.Runtime.ExceptionServices;

namespace Lantern.Analysis.Internal;

/// <summary>Parallel.For that rethrows the first failure itself (not an AggregateException), so error types and messages survive.</summary>
internal static class ParallelRunner
{
    public static void For(int count, int threads, Action<int> body, CancellationToken cancellationToken)
    {
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
            Parallel.For(0, count, options, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
