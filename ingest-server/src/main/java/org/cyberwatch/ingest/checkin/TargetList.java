package org.cyberwatch.ingest.checkin;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The target list file's content: test-list URLs for web_connectivity, targets per cyberWatch
 * test, test helpers to announce, and agent settings. Written by the targets pipeline, read at
 * every check-in (reloaded when the file changes).
 *
 * @param version format version, 1
 * @param urls test-list URLs (country-specific and global)
 * @param targets targets per test name
 * @param testHelpers helpers to list under {@code conf.test_helpers} (e.g. web-connectivity)
 * @param settings agent settings
 */
public record TargetList(
    @JsonProperty("version") int version,
    @JsonProperty("urls") List<UrlTarget> urls,
    @JsonProperty("targets") Map<String, List<Target>> targets,
    @JsonProperty("test_helpers") Map<String, List<TestHelper>> testHelpers,
    @JsonProperty("settings") ProbeSettings settings) {

  /** The only format version. */
  public static final int VERSION = 1;

  /** No targets, default settings. */
  public static final TargetList EMPTY = new TargetList(VERSION, List.of(), Map.of(), Map.of(), null);

  /** Checks the version and test names; fills defaults; copies the collections. */
  public TargetList {
    if (version != VERSION) {
      throw new IllegalArgumentException("version: must be " + VERSION + ", got " + version);
    }
    urls = urls == null ? List.of() : List.copyOf(urls);
    Map<String, List<Target>> t = new LinkedHashMap<>();
    if (targets != null) {
      targets.forEach((test, list) -> {
        if (!test.matches("[a-z0-9_]{1,64}")) {
          throw new IllegalArgumentException("targets: not a test name: '" + test + "'");
        }
        t.put(test, list == null ? List.of() : List.copyOf(list));
      });
    }
    targets = java.util.Collections.unmodifiableMap(t);
    testHelpers = testHelpers == null ? Map.of() : Map.copyOf(testHelpers);
    settings = settings == null ? ProbeSettings.DEFAULT : settings;
  }
}
