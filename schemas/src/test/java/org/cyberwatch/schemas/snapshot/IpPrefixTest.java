package org.cyberwatch.schemas.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpPrefixTest {

  @ParameterizedTest
  @CsvSource({
    "1.0.4.0/22, 1.0.4.0/22",
    "0.0.0.0/0, 0.0.0.0/0",
    "8.8.8.8/32, 8.8.8.8/32",
    "2001:200:900::/40, 2001:200:900::/40",
    "2001:0DB8:0:0::/32, 2001:db8::/32",
    "2001:320:4002:1000::/64, 2001:320:4002:1000::/64",
    "::/0, ::/0",
    "2001:db8::1/128, 2001:db8::1/128"
  })
  void printsCanonicalText(String input, String canonical) {
    assertEquals(canonical, IpPrefix.parse(input).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1.0.4.1/22", "1.0.0.0/33", "2001:db8::1/64", "::/129", "1.2.3.4", "1.2.3.0/x"})
  void rejectsHostBitsBadLengthsAndMissingLength(String input) {
    assertThrows(IllegalArgumentException.class, () -> IpPrefix.parse(input));
  }

  @ParameterizedTest
  @CsvSource({
    "206.223.116.101, 23, 206.223.116.0/23",
    "2001:504:0:1::65, 64, 2001:504:0:1::/64",
    "10.1.2.3, 0, 0.0.0.0/0"
  })
  void coveringClearsHostBits(String address, int length, String expected) {
    assertEquals(expected, IpPrefix.covering(address, length).toString());
  }

  @ParameterizedTest
  @CsvSource({
    "1.0.4.0/22, 1.0.7.255/32, true",
    "1.0.4.0/22, 1.0.8.0/32, false",
    "1.0.4.0/22, 1.0.3.255/32, false",
    "0.0.0.0/0, 223.1.2.3/32, true",
    "2001:200::/32, 2001:200:e000::/35, true",
    "2001:200:e000::/35, 2001:200::/32, false",
    "1.0.0.0/8, ::/0, false"
  })
  void containsMeansInsideAndSameFamily(String outer, String inner, boolean expected) {
    assertEquals(expected, IpPrefix.parse(outer).contains(IpPrefix.parse(inner)));
  }

  @Test
  void ipv4PrefixCannotCarryLowBits() {
    assertThrows(IllegalArgumentException.class, () -> new IpPrefix(false, 0, 1, 32));
  }
}
