package org.cyberwatch.probe.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Every key's effective raw value with its source, and typed readers that fail with a {@link
 * ConfigException} naming the key.
 */
public final class ResolvedConfig {
  private final Map<ConfigKey, ConfigValue> values;

  ResolvedConfig(Map<ConfigKey, ConfigValue> values) {
    this.values = Map.copyOf(values);
  }

  /** The raw value of {@code key}. */
  public ConfigValue value(ConfigKey key) {
    return values.get(key);
  }

  /** One line per key, {@code key=value (source)}, secrets redacted; for the start-up log. */
  public String describe() {
    StringJoiner out = new StringJoiner(" ");
    for (ConfigKey key : ConfigKey.values()) {
      ConfigValue v = values.get(key);
      out.add(key.yamlKey() + "=" + v.display() + "(" + v.source().name().toLowerCase() + ")");
    }
    return out.toString();
  }

  String text(ConfigKey key) {
    return value(key).single();
  }

  List<String> list(ConfigKey key) {
    return value(key).values();
  }

  Optional<Path> optionalPath(ConfigKey key) throws ConfigException {
    String t = text(key);
    return t.isEmpty() ? Optional.empty() : Optional.of(path(key, t));
  }

  Path path(ConfigKey key) throws ConfigException {
    String t = text(key);
    if (t.isEmpty()) {
      throw fail(key, "must not be empty");
    }
    return path(key, t);
  }

  private Path path(ConfigKey key, String t) throws ConfigException {
    try {
      return Path.of(t);
    } catch (InvalidPathException e) {
      throw fail(key, "not a path: " + t);
    }
  }

  List<Path> paths(ConfigKey key) throws ConfigException {
    List<Path> out = new ArrayList<>();
    for (String t : list(key)) {
      out.add(path(key, t));
    }
    return out;
  }

  long longIn(ConfigKey key, long min, long max) throws ConfigException {
    String t = text(key);
    try {
      long n = Long.parseLong(t);
      if (n < min || n > max) {
        throw fail(key, "must be in " + min + ".." + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw fail(key, "not a whole number: '" + t + "'");
    }
  }

  int intIn(ConfigKey key, int min, int max) throws ConfigException {
    return (int) longIn(key, min, max);
  }

  double positive(ConfigKey key) throws ConfigException {
    String t = text(key);
    try {
      double d = Double.parseDouble(t);
      if (!(d > 0) || Double.isInfinite(d)) {
        throw fail(key, "must be a number above 0, got " + t);
      }
      return d;
    } catch (NumberFormatException e) {
      throw fail(key, "not a number: '" + t + "'");
    }
  }

  boolean bool(ConfigKey key) throws ConfigException {
    String t = text(key).toLowerCase();
    if (t.equals("true") || t.equals("yes") || t.equals("on")) {
      return true;
    }
    if (t.equals("false") || t.equals("no") || t.equals("off")) {
      return false;
    }
    throw fail(key, "must be true or false, got '" + t + "'");
  }

  Duration duration(ConfigKey key) throws ConfigException {
    String t = text(key);
    try {
      Duration d = Durations.parse(t);
      if (d.isZero() || d.isNegative()) {
        throw fail(key, "must be above 0, got " + t);
      }
      return d;
    } catch (IllegalArgumentException e) {
      throw fail(key, e.getMessage());
    }
  }

  List<URI> httpUrls(ConfigKey key) throws ConfigException {
    List<URI> out = new ArrayList<>();
    for (String t : list(key)) {
      out.add(httpUrl(key, t));
    }
    return out;
  }

  Optional<URI> optionalHttpUrl(ConfigKey key) throws ConfigException {
    String t = text(key);
    return t.isEmpty() ? Optional.empty() : Optional.of(httpUrl(key, t));
  }

  private URI httpUrl(ConfigKey key, String t) throws ConfigException {
    try {
      URI u = new URI(t);
      if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
        throw fail(key, "must be an http(s) URL with a host, got '" + t + "'");
      }
      return u;
    } catch (URISyntaxException e) {
      throw fail(key, "not a URL: '" + t + "'");
    }
  }

  ConfigException fail(ConfigKey key, String message) {
    return new ConfigException(key, value(key).source(), message);
  }
}
