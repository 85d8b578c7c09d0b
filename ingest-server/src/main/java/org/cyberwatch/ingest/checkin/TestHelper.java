package org.cyberwatch.ingest.checkin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A test helper service as OONI's check-in lists it under {@code conf.test_helpers}.
 *
 * @param address URL or host:port
 * @param type transport: https, cloudfront, tcp, udp, …
 * @param front front domain of cloudfront entries, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TestHelper(
    @JsonProperty("address") String address,
    @JsonProperty("type") String type,
    @JsonProperty("front") String front) {

  /** Requires address and type. */
  public TestHelper {
    if (address == null || address.isEmpty() || type == null || type.isEmpty()) {
      throw new IllegalArgumentException("address, type: must be set");
    }
  }

  /** A helper without front. */
  public static TestHelper of(String address, String type) {
    return new TestHelper(address, type, null);
  }
}
