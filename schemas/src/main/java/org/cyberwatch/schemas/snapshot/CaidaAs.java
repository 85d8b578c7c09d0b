package org.cyberwatch.schemas.snapshot;

/**
 * An AS line of a CAIDA as2org file ({@code aut|changed|aut_name|org_id|opaque_id|source}; older
 * files have no {@code opaque_id}). Text fields are as published; an empty field stays empty.
 *
 * @param asn the AS number
 * @param changed the WHOIS changed date text, may be empty
 * @param name the AS name ({@code aut_name})
 * @param orgId the organization it belongs to
 * @param opaqueId the RIR's opaque id (as in delegated-extended files), may be empty
 * @param source the RIR or NIR the entry came from
 */
public record CaidaAs(
    long asn, String changed, String name, String orgId, String opaqueId, String source) {

  /** Validates the ASN; text fields are never null. */
  public CaidaAs {
    AsNumbers.check(asn);
    changed = changed == null ? "" : changed;
    name = name == null ? "" : name;
    orgId = orgId == null ? "" : orgId;
    opaqueId = opaqueId == null ? "" : opaqueId;
    source = source == null ? "" : source;
  }
}
