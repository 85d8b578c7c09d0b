package org.cyberwatch.ingest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.CompletionStage;

/**
 * {@code POST /admin/seal}, behind {@code Authorization: Bearer <admin token>} (compared in
 * constant time). Without a configured token the admin endpoints do not exist (404).
 */
final class AdminRoutes {

  private static final String BEARER = "Bearer ";

  private final byte[] token;
  private final AdminActions actions;

  AdminRoutes(String token, AdminActions actions) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.actions = actions;
  }

  void register(RouteTable table) {
    if (token != null) {
      table.add("POST", "/admin/seal", this::seal);
    }
  }

  private CompletionStage<Void> seal(Exchange ex) throws Exception {
    if (!authorized(ex.header("Authorization"))) {
      ex.responseHeader("WWW-Authenticate", "Bearer");
      ex.error(new ApiError(401, "unauthorized", "a valid admin bearer token is required"));
      return Route.DONE;
    }
    ex.json(200, actions.sealAndUpload());
    return Route.DONE;
  }

  private boolean authorized(String header) {
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return false;
    }
    byte[] given = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token);
  }
}
