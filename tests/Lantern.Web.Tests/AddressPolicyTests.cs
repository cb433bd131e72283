using System.Net;
using Lantern.Web.Fetching;

namespace Lantern.Web.Tests;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.255.0.9", "a loopback address")]
    [InlineData("10.1.2.3", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("169.254.169.254", "the cloud metadata address")]
    [InlineData("169.254.10.1", "a link-local address")]
    [InlineData("100.64.0.1", "a shared (CGNAT) address")]
    [InlineData("100.127.255.254", "a shared (CGNAT) address")]
    [InlineData("0.0.0.0", "an unspecified address (0.0.0.0/8)")]
    [InlineData("224.0.0.251", "a multicast address")]
    [InlineData("255.255.255.255", "a reserved or broadcast address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fc00::1", "a private address")]
    [InlineData("fd12:3456::1", "a private address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:169.254.169.254", "the cloud metadata address")]
    [InlineData("::ffff:10.0.0.1", "a private address")]
    [InlineData("64:ff9b::a9fe:a9fe", "the cloud metadata address")]
    [InlineData("2002:7f00:1::", "a loopback address")]
    [InlineData("2001:db8::1", "a documentation address")]
    public void Given_a_non_public_address_When_judged_Then_the_reason_names_its_kind(string address, string reason)
    {
        Assert.Equal(reason, AddressPolicy.WhyNotPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.4.4")]
    public void Given_a_public_address_When_judged_Then_it_is_allowed(string address)
    {
        Assert.Null(AddressPolicy.WhyNotPublic(IPAddress.Parse(address)));
    }
}
