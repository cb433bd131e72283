using System.Diagnostics;
using static TorchSharp.torch;

namespace Lantern.FineTune.Tests;

/// <summary>TorchSharp loads on this system once scripts/torchsharp-fix.sh has run after the build (see the script).</summary>
public sealed class TorchSharpLoadTests
{
    [Fact]
    public void GivenTheBuiltOutput_WhenTorchSharpMultipliesTwoMatrices_ThenTheProductIsRight()
    {
        using var a = tensor(new float[] { 1, 2, 3, 4 }, [2, 2]);
        using var b = tensor(new float[] { 5, 6, 7, 8 }, [2, 2]);
        using var product = matmul(a, b);

        Assert.Equal(new float[] { 19, 22, 43, 50 }, product.data<float>().ToArray());
    }

    [Fact]
    public void GivenTheBuiltOutput_WhenAGradientIsTaken_ThenItIsTheDerivative()
    {
        using var x = tensor(new float[] { 1, -2, 3 }, requires_grad: true);
        using var y = (x * x).sum();
        y.backward();

        Assert.Equal(new float[] { 2, -4, 6 }, x.grad!.data<float>().ToArray());
    }

    [Fact]
    public void GivenTheLibraryInTheOutput_WhenTheFixRunsAgain_ThenItFindsTheRequirementAlreadyWeak()
    {
        var library = Directory.GetFiles(AppContext.BaseDirectory, "libLibTorchSharp.so", SearchOption.AllDirectories)
            .First(p => p.Contains(Path.Combine("runtimes", "linux-x64"), StringComparison.Ordinal));
        var copy = Path.Combine(Path.GetTempPath(), $"lantern-fix-{Guid.NewGuid():N}.so");
        File.Copy(library, copy);
        try
        {
            var (exit, output) = RunFix(copy);

            Assert.Equal(0, exit);
            Assert.Contains("GLIBCXX_3.4.32 already weak", output, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllBytes(library), File.ReadAllBytes(copy));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void GivenAFileThatIsNotElf_WhenTheFixRuns_ThenItFailsWithoutChangingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lantern-fix-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "not a library at all");
        try
        {
            var (exit, output) = RunFix(path);

            Assert.Equal(1, exit);
            Assert.Contains("not an ELF file", output, StringComparison.Ordinal);
            Assert.Equal("not a library at all", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int Exit, string Output) RunFix(string library)
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "torchsharp-fix.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, library])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lantern.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (Lantern.slnx) is not above " + AppContext.BaseDirectory);
    }
}
