package org.cyberwatch.ingest.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.cyberwatch.ingest.checkin.CheckInService;
import org.cyberwatch.ingest.checkin.TargetList;
import org.cyberwatch.ingest.checkin.UrlSelection;
import org.cyberwatch.ingest.checkin.UrlTarget;
import org.cyberwatch.ingest.report.UploadRejectedException;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;

/** Probe instructions: check-in, the URL test list and the collector list. */
final class CheckInRoutes {

  private final CheckInService checkIn;
  private final Supplier<TargetList> targets;

  CheckInRoutes(CheckInService checkIn, Supplier<TargetList> targets) {
    this.checkIn = checkIn;
    this.targets = targets;
  }

  void register(RouteTable table) {
    table.add("POST", "/api/v1/check-in", this::checkIn)
        .add("GET", "/api/v1/test-list/urls", this::urls)
        .add("GET", "/api/v1/collectors", this::collectors);
  }

  private CompletionStage<Void> checkIn(Exchange ex) throws Exception {
    ObjectNode request = ex.jsonObject();
    ex.json(200, checkIn.checkIn(request, ex.clientIp(), ex.host(), ex.baseUrl()));
    return Route.DONE;
  }

  /** OONI's {@code /api/v1/test-list/urls?country_code=&category_codes=&limit=}. */
  private CompletionStage<Void> urls(Exchange ex) throws UploadRejectedException {
    String cc = ex.query("country_code") == null ? "ZZ" : ex.query("country_code").toUpperCase(Locale.ROOT);
    String codes = ex.query("category_codes");
    List<String> categories = codes == null || codes.isBlank() ? List.of()
        : Arrays.stream(codes.split(",")).map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
    List<UrlTarget> urls = UrlSelection.select(targets.get().urls(), cc, categories, limit(ex.query("limit")));
    ObjectNode out = HttpJson.MAPPER.createObjectNode();
    ObjectNode meta = out.putObject("metadata");
    meta.put("count", urls.size());
    meta.put("current_page", -1);
    meta.put("limit", -1);
    meta.put("next_url", "");
    meta.put("pages", 1);
    out.set("results", HttpJson.MAPPER.valueToTree(urls));
    ex.json(200, out);
    return Route.DONE;
  }

  private CompletionStage<Void> collectors(Exchange ex) {
    ArrayNode out = HttpJson.MAPPER.createArrayNode();
    String base = ex.baseUrl();
    out.addObject().put("address", base).put("type", base.startsWith("https") ? "https" : "http");
    ex.json(200, out);
    return Route.DONE;
  }

  private static int limit(String text) throws UploadRejectedException {
    if (text == null || text.isBlank()) {
      return Integer.MAX_VALUE;
    }
    try {
      int n = Integer.parseInt(text.trim());
      return n <= 0 ? Integer.MAX_VALUE : n;
    } catch (NumberFormatException e) {
      throw new UploadRejectedException(Reason.INVALID_REQUEST, "limit must be a number, got '" + text + "'");
    }
  }
}
