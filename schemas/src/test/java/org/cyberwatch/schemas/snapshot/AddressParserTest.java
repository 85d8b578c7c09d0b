package org.cyberwatch.schemas.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressParserTest {

  /** The fast path must give exactly the bits the ipaddress library gives. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0",
        "1.0.4.0",
        "255.255.255.255",
        "8.8.8.8",
        "1.2.3.04",
        "10.0.0.1",
        "::",
        "::1",
        "1::",
        "2001:db8::1",
        "2001:DB8:0:0:8:800:200C:417A",
        "fe80::1:2",
        "1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7::",
        "::2:3:4:5:6:7:8",
        "2001:410::5",
        "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
        "2001:320:4002:1000::1",
        "::ffff:1.2.3.4",
        "64:ff9b::192.0.2.33",
        "fe80::1%eth0",
        "0:0:0:0:0:0:0:1"
      })
  void agreesWithTheIpaddressLibrary(String text) {
    IPAddress lib = new IPAddressString(text).getAddress();
    IpPrefix ours = AddressParser.parse(text);
    assertEquals(lib.isIPv6(), ours.ipv6());
    assertEquals(lib.getValue(), value(ours));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "1.2.3",
        "1.2.3.4.5",
        "256.1.1.1",
        "1.2.3.4/24",
        "1..2.3",
        "1.2.3.4.",
        " 1.2.3.4",
        "1.2.3.4 ",
        "1.2.3.4-5",
        "*",
        "1.2.*.4",
        "0x1.2.3.4",
        "abc",
        "example.org",
        ":1",
        "1:",
        ":::",
        "1::2::3",
        "1:2:3:4:5:6:7:8:9",
        "::1:2:3:4:5:6:7:8",
        "12345::",
        "2001:db8::/32",
        "g::1",
        "1:2:3:4:5:6:7"
      })
  void rejectsWhatIsNotAnAddressNamingTheInput(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AddressParser.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void rejectsNull() {
    assertThrows(IllegalArgumentException.class, () -> AddressParser.parse(null));
  }

  private static BigInteger value(IpPrefix p) {
    if (!p.ipv6()) {
      return BigInteger.valueOf(p.ipv4Value());
    }
    BigInteger hi = new BigInteger(Long.toUnsignedString(p.hi()));
    return hi.shiftLeft(64).add(new BigInteger(Long.toUnsignedString(p.lo())));
  }
}
