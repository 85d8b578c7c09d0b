package org.cyberwatch.schemas.snapshot;

import java.io.Serializable;

/**
 * An internet exchange point as PeeringDB describes it.
 *
 * @param id PeeringDB ix id
 * @param name its name
 * @param city city, may be empty
 * @param country ISO 3166 alpha-2 code, may be empty
 */
public record Ixp(long id, String name, String city, String country) implements Serializable {

  /** Text fields are never null. */
  public Ixp {
    if (id <= 0) {
      throw new IllegalArgumentException("id: " + id);
    }
    name = name == null ? "" : name;
    city = city == null ? "" : city;
    country = country == null ? "" : country;
  }

  static Ixp of(PeeringDbIx ix) {
    return new Ixp(ix.id(), ix.name(), ix.city(), ix.country());
  }
}
