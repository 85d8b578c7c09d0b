package org.cyberwatch.probe.measure.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NatFlagTest {

  @ParameterizedTest
  @CsvSource({"10.91.1.2, true", "192.168.1.5, true", "172.16.0.1, true", "100.64.1.1, true",
      "127.0.0.1, true", "169.254.1.1, true", "fd00::1, true", "fe80::1, true",
      "203.0.113.5, false", "8.8.8.8, false", "2001:4860::8888, false", "100.128.0.1, false"})
  void nonPublicLocalAddressMeansNat(String local, boolean nat) throws Exception {
    assertEquals(nat, NatFlag.isNonPublic(InetAddress.getByName(local)));
  }
}
