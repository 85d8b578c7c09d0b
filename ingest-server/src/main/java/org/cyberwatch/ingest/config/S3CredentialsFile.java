package org.cyberwatch.ingest.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An S3 credentials file in the AWS shared-credentials syntax: {@code aws_access_key_id = …} and
 * {@code aws_secret_access_key = …} lines; {@code [section]} headers and {@code #}/{@code ;}
 * comments are ignored (the first value of each key wins).
 *
 * @param accessKey the access key id
 * @param secretKey the secret key
 */
record S3CredentialsFile(String accessKey, String secretKey) {

  static final String ACCESS_KEY = "aws_access_key_id";
  static final String SECRET_KEY = "aws_secret_access_key";

  @Override
  public String toString() {
    return "S3CredentialsFile[accessKey=" + accessKey + ", secretKey=<redacted>]";
  }

  /** Reads {@code file}; throws {@link IllegalArgumentException} when a key is missing. */
  static S3CredentialsFile read(Path file) throws IOException {
    Map<String, String> values = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      String t = line.trim();
      int eq = t.indexOf('=');
      if (t.isEmpty() || t.startsWith("#") || t.startsWith(";") || t.startsWith("[") || eq < 0) {
        continue;
      }
      values.putIfAbsent(t.substring(0, eq).trim(), t.substring(eq + 1).trim());
    }
    String access = values.get(ACCESS_KEY);
    String secret = values.get(SECRET_KEY);
    if (access == null || secret == null || access.isEmpty() || secret.isEmpty()) {
      throw new IllegalArgumentException(file + " must have " + ACCESS_KEY + " and " + SECRET_KEY + " lines");
    }
    return new S3CredentialsFile(access, secret);
  }
}
