package org.cyberwatch.probe.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostResolverTest {

  /** Stands for the name service: answers every name with one marked address. */
  private static final HostResolver NAMES =
      host -> InetAddress.getByAddress("looked-up", new byte[] {(byte) 203, 0, 113, 9});

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "192.0.2.1      | /192.0.2.1",
    "2001:db8::1    | /2001:db8:0:0:0:0:0:1",
    "[2001:db8::1]  | /2001:db8:0:0:0:0:0:1",
    "::ffff:1.0.4.2 | /1.0.4.2",
  })
  void ipLiteralIsParsedWithoutTheNameServiceAndCarriesNoHostName(String host, String expected)
      throws Exception {
    assertEquals(expected, HostResolver.literalsOr(NAMES).resolve(host).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"example.org", "192.0.2.0/24", "192.0.2.*", "localhost"})
  void namesPrefixesAndWildcardsGoToTheNameService(String host) throws Exception {
    assertEquals("looked-up/203.0.113.9", HostResolver.literalsOr(NAMES).resolve(host).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1.0.4.2", "2001:db8::1"})
  void systemResolverAnswersLiteralsWithoutAHostName(String host) throws Exception {
    assertEquals("", HostResolver.SYSTEM.resolve(host).toString().split("/")[0]);
  }
}
