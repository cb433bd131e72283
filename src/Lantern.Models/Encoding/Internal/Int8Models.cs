using System.Reflection;
using System.Security.Cryptography;
using Lantern.Errors;

namespace Lantern.Models.Encoding.Internal;

/// <summary>
/// Gives the INT8 graph of the packaged fp32 model: read from the cache folder when an earlier start made it,
/// else rewritten by <see cref="Int8Quantizer"/> and stored there (written to a temporary name, then moved, so
/// a crash never leaves half a file under the real name). The file name carries a hash of the package's
/// assembly identity, the resource size and the quantiser's version, so a new package or quantiser never
/// reads a stale graph.
/// </summary>
internal static class Int8Models
{
    /// <summary>Bump when <see cref="Int8Quantizer"/> changes what it writes.</summary>
    private const int QuantizerVersion = 1;

    public static byte[] Load(Assembly assembly, string resource, string? cacheDirectory, int layers = MiniLmEncoder.FullDepth)
    {
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw LanternErrors.ModelMissing(resource);
        var path = cacheDirectory is null ? null : Path.Combine(cacheDirectory, FileName(assembly, resource, stream.Length, layers));
        if (path is not null && File.Exists(path))
        {
            try
            {
                return File.ReadAllBytes(path);
            }
            catch (IOException)
            {
                // Unreadable: make it again below.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        var model = Int8Quantizer.Quantize(stream, layers, out _);
        // The parsed fp32 graph is garbage now; collect it before ONNX Runtime allocates, so the peak stays low.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        if (path is not null)
        {
            TryStore(path, model);
        }

        return model;
    }

    private static string FileName(Assembly assembly, string resource, long length, int layers)
    {
        var identity = $"{assembly.FullName}|{assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}|{resource}|{length}|{QuantizerVersion}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(identity)))[..16];
        return $"{MiniLmEncoder.NameOf(EncoderPrecision.Int8, layers)}-{hash}.onnx";
    }

    public static void TryStore(string path, byte[] model)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temporary, model);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full disk only means the next start rewrites the graph again.
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
