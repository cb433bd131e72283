namespace Lantern.FineTune;

internal static class Program
{
    private static int Main(string[] args) => 0;
}
