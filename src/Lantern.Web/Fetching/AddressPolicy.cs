using System.Net;
using System.Net.Sockets;

namespace Lantern.Web.Fetching;

/// <summary>
/// Which IP addresses the server may connect to on a visitor's behalf. Only public unicast addresses
/// are allowed unless private ones are explicitly permitted: a visitor must not reach the server's own
/// loopback services, the local network or a cloud metadata endpoint (server-side request forgery).
/// </summary>
public static class AddressPolicy
{
    /// <summary>Why <paramref name="address"/> is not a public address (e.g. "a loopback address"); null when it is public.</summary>
    public static string? WhyNotPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);

        // ::ffff:127.0.0.1 reaches 127.0.0.1: judge the IPv4 address it carries.
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => WhyNotPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => WhyNotPublicV6(address),
            _ => "not an IP address",
        };
    }

    private static string? WhyNotPublicV4(byte[] b)
    {
        return (b[0], b[1]) switch
        {
            (0, _) => "an unspecified address (0.0.0.0/8)",
            (127, _) => "a loopback address",
            (10, _) => "a private address",
            (172, >= 16 and <= 31) => "a private address",
            (192, 168) => "a private address",
            (169, 254) when b[2] == 169 && b[3] == 254 => "the cloud metadata address",
            (169, 254) => "a link-local address",
            (100, >= 64 and <= 127) => "a shared (CGNAT) address",
            (192, 0) when b[2] == 0 => "an IETF protocol address (192.0.0.0/24)",
            (192, 0) when b[2] == 2 => "a documentation address",
            (198, 51) when b[2] == 100 => "a documentation address",
            (203, 0) when b[2] == 113 => "a documentation address",
            (198, 18 or 19) => "a benchmarking address",
            (>= 224 and <= 239, _) => "a multicast address",
            (>= 240, _) => "a reserved or broadcast address",
            _ => null,
        };
    }

    private static string? WhyNotPublicV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any))
        {
            return "an unspecified address";
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "a loopback address";
        }

        if (address.IsIPv6Multicast)
        {
            return "a multicast address";
        }

        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
        {
            return "a link-local address";
        }

        if (address.IsIPv6UniqueLocal)
        {
            return "a private address";
        }

        var b = address.GetAddressBytes();

        // IPv4-compatible (::a.b.c.d, deprecated), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) embed an IPv4
        // address that the packet may end up at: judge that address too.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            return WhyNotPublicV4(b[12..]) ?? "an IPv4-compatible address";
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
        {
            return WhyNotPublicV4(b[12..]);
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return WhyNotPublicV4(b[2..6]);
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
        {
            return "a Teredo tunnel address";
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
        {
            return "a documentation address";
        }

        // Only global unicast (2000::/3) is public.
        return (b[0] & 0xe0) == 0x20 ? null : "a reserved address";
    }
}
