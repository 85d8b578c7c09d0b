package org.cyberwatch.ingest.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/** Typed reads of resolved settings; every failure is a {@link ConfigException} naming the key. */
final class SettingsReader {

  private final ResolvedSettings settings;

  SettingsReader(ResolvedSettings settings) {
    this.settings = settings;
  }

  Optional<String> text(ConfigKey key) {
    return settings.get(key).map(RawSetting::value).filter(v -> !v.isBlank());
  }

  String required(ConfigKey key) throws ConfigException {
    return text(key).orElseThrow(() -> fail(key, "must be set"));
  }

  <T> T parse(ConfigKey key, Function<String, T> parser) throws ConfigException {
    return parseOptional(key, parser).orElseThrow(() -> fail(key, "must be set"));
  }

  <T> Optional<T> parseOptional(ConfigKey key, Function<String, T> parser) throws ConfigException {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text.get().trim()));
    } catch (IllegalArgumentException e) {
      throw fail(key, e.getMessage());
    }
  }

  long size(ConfigKey key) throws ConfigException {
    return parse(key, ValueSyntax::size);
  }

  Duration duration(ConfigKey key) throws ConfigException {
    return parse(key, ValueSyntax::duration);
  }

  boolean bool(ConfigKey key) throws ConfigException {
    return parse(key, ValueSyntax::bool);
  }

  /** A directory that exists or can be created, and is writable. */
  Path writableDir(ConfigKey key) throws ConfigException {
    Path dir = Path.of(required(key));
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw fail(key, "cannot create directory " + dir + ": " + e.getMessage());
    }
    if (!Files.isWritable(dir)) {
      throw fail(key, "directory " + dir + " is not writable");
    }
    return dir;
  }

  /** An existing readable directory, when set. */
  Optional<Path> existingDir(ConfigKey key) throws ConfigException {
    Optional<Path> dir = text(key).map(Path::of);
    if (dir.isPresent() && !(Files.isDirectory(dir.get()) && Files.isReadable(dir.get()))) {
      throw fail(key, "not a readable directory: " + dir.get());
    }
    return dir;
  }

  /** An existing readable file, when set. */
  Optional<Path> existingFile(ConfigKey key) throws ConfigException {
    Optional<Path> file = text(key).map(Path::of);
    if (file.isPresent() && !(Files.isRegularFile(file.get()) && Files.isReadable(file.get()))) {
      throw fail(key, "not a readable file: " + file.get());
    }
    return file;
  }

  /** An absolute http(s) URL, when set. */
  Optional<URI> httpUrl(ConfigKey key) throws ConfigException {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text.get().trim());
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        throw fail(key, "must be an absolute http:// or https:// URL, got '" + text.get() + "'");
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      throw fail(key, "not a URL: " + e.getMessage());
    }
  }

  ConfigException fail(ConfigKey key, String problem) {
    ConfigSource source = settings.get(key).map(RawSetting::source).orElse(ConfigSource.DEFAULT);
    return new ConfigException(key, source, problem);
  }
}
