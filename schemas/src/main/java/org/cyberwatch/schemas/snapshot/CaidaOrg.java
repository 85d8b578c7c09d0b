package org.cyberwatch.schemas.snapshot;

/**
 * An organization line of a CAIDA as2org file ({@code org_id|changed|org_name|country|source}).
 * Text fields are as published; an empty field stays empty.
 *
 * @param orgId the organization id, e.g. {@code LVLT-ARIN} or {@code @family-1234}
 * @param changed the WHOIS changed date text ({@code YYYYMMDD}), may be empty
 * @param name the organization name
 * @param country ISO 3166 alpha-2 code (registered or inferred by CAIDA), may be empty
 * @param source the RIR or NIR the entry came from
 */
public record CaidaOrg(String orgId, String changed, String name, String country, String source) {

  /** The id is required; other fields are never null. */
  public CaidaOrg {
    if (orgId == null || orgId.isEmpty()) {
      throw new IllegalArgumentException("orgId: empty");
    }
    changed = changed == null ? "" : changed;
    name = name == null ? "" : name;
    country = country == null ? "" : country;
    source = source == null ? "" : source;
  }
}
