package org.cyberwatch.schemas.snapshot;

/**
 * A PeeringDB internet exchange ({@code ix} object).
 *
 * @param id PeeringDB ix id
 * @param name short name
 * @param city city as entered in PeeringDB, may be empty
 * @param country ISO 3166 alpha-2 code, may be empty
 */
public record PeeringDbIx(long id, String name, String city, String country) {

  /** Text fields are never null. */
  public PeeringDbIx {
    if (id <= 0) {
      throw new IllegalArgumentException("id: " + id);
    }
    name = name == null ? "" : name;
    city = city == null ? "" : city;
    country = country == null ? "" : country;
  }
}
