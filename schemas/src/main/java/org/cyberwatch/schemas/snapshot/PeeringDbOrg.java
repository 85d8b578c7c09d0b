package org.cyberwatch.schemas.snapshot;

/**
 * A PeeringDB organization ({@code org} object).
 *
 * @param id PeeringDB org id
 * @param name organization name
 * @param country ISO 3166 alpha-2 code, may be empty
 */
public record PeeringDbOrg(long id, String name, String country) {

  /** Text fields are never null. */
  public PeeringDbOrg {
    name = name == null ? "" : name;
    country = country == null ? "" : country;
  }
}
