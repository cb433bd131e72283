using System.Buffers.Binary;
using System.Text;

namespace Lantern.LangId.Train;

/// <summary>Reads a GNU gettext .mo file: a header, then two tables of (length, offset) pairs for msgid and msgstr.</summary>
internal static class MoCatalog
{
    public static IEnumerable<(string Id, string Text)> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 28)
        {
            yield break;
        }

        var magic = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        var little = magic == 0x950412de;
        if (!little && BinaryPrimitives.ReadUInt32BigEndian(bytes) != 0x950412de)
        {
            yield break;
        }

        uint U32(int at) => little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
        var count = (int)U32(8);
        var ids = (int)U32(12);
        var strs = (int)U32(16);
        for (var i = 0; i < count; i++)
        {
            var id = Entry(bytes, U32, ids + (i * 8));
            var str = Entry(bytes, U32, strs + (i * 8));
            if (id is null || str is null || id.Length == 0)
            {
                continue; // entry 0 with an empty msgid is the header
            }

            // msgctxt is glued to msgid with EOT; plural forms are separated by NUL
            var ctx = id.IndexOf('\u0004', StringComparison.Ordinal);
            if (ctx >= 0)
            {
                id = id[(ctx + 1)..];
            }

            yield return (id.Split('\0')[0], str.Split('\0')[0]);
        }
    }

    private static string? Entry(byte[] bytes, Func<int, uint> u32, int at)
    {
        if (at + 8 > bytes.Length)
        {
            return null;
        }

        var length = (int)u32(at);
        var offset = (int)u32(at + 4);
        if (offset < 0 || length < 0 || offset + length > bytes.Length)
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(bytes, offset, length);
        }
        catch (DecoderFallbackException)
        {
            return null; // a catalogue in a legacy charset: skip it
        }
    }
}
