package org.cyberwatch.ingest.crash;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cyberwatch.schemas.can.CanEntry;
import org.cyberwatch.schemas.can.CanFormat;
import org.cyberwatch.schemas.can.CanIndex;
import org.cyberwatch.schemas.can.CanReader;
import org.cyberwatch.testing.S3Server;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Everything in a bucket read back through the S3 API with the schemas can library: every can
 * ({@link CanReader}) and every index sidecar ({@link CanIndex}), checked against each other.
 *
 * @param entries every can entry, by can format
 * @param problems everything that did not read back or did not agree (empty when all is well)
 * @param cans how many can files there are
 */
record ArchiveContents(Map<CanFormat, List<CanEntry>> entries, List<String> problems, int cans) {

  ArchiveContents {
    entries = Map.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /** Lists and reads every object of {@code bucket} on {@code s3}. */
  static ArchiveContents read(S3Server s3, String bucket) throws IOException {
    try (S3Client client = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
        .endpointOverride(s3.endpoint()).region(Region.of(s3.region())).forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())))
        .build()) {
      Map<String, byte[]> objects = new TreeMap<>();
      for (S3Object o : client.listObjectsV2Paginator(r -> r.bucket(bucket)).contents()) {
        objects.put(o.key(), client.getObjectAsBytes(r -> r.bucket(bucket).key(o.key())).asByteArray());
      }
      return check(objects);
    }
  }

  private static ArchiveContents check(Map<String, byte[]> objects) throws IOException {
    Map<CanFormat, List<CanEntry>> entries = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    int cans = 0;
    for (var o : objects.entrySet()) {
      String key = o.getKey();
      if (key.endsWith(CanIndex.SIDECAR_SUFFIX)) {
        String can = key.substring(0, key.length() - CanIndex.SIDECAR_SUFFIX.length());
        if (!objects.containsKey(can)) {
          problems.add(key + ": index without its can");
        }
        continue;
      }
      Optional<CanFormat> format = CanFormat.fromFileName(key);
      if (format.isEmpty()) {
        problems.add(key + ": neither a can nor an index");
        continue;
      }
      cans++;
      List<CanEntry> read = readCan(key, o.getValue(), problems);
      entries.computeIfAbsent(format.get(), f -> new ArrayList<>()).addAll(read);
      checkIndex(key, o.getValue(), objects.get(key + CanIndex.SIDECAR_SUFFIX), read, problems);
    }
    return new ArchiveContents(entries, problems, cans);
  }

  private static List<CanEntry> readCan(String key, byte[] bytes, List<String> problems) throws IOException {
    List<CanEntry> read = new ArrayList<>();
    try (CanReader reader = CanReader.open(new ByteArrayInputStream(bytes), name(key), CanReader.Mode.PARSE)) {
      reader.forEachRemaining(read::add);
    } catch (RuntimeException e) {
      problems.add(key + ": does not read back: " + e);
    }
    read.stream().filter(e -> !e.ok()).forEach(e -> problems.add(key + ": entry " + e.number() + " " + e.problem()));
    return read;
  }

  private static void checkIndex(String key, byte[] can, byte[] sidecar, List<CanEntry> read, List<String> problems) {
    if (sidecar == null) {
      problems.add(key + ": no index sidecar");
      return;
    }
    CanIndex index;
    try {
      index = CanIndex.readFrom(new ByteArrayInputStream(sidecar), name(key) + CanIndex.SIDECAR_SUFFIX);
    } catch (IOException | RuntimeException e) {
      problems.add(key + ": index does not read back: " + e);
      return;
    }
    List<String> indexed = index.entries().stream()
        .map(e -> e.linenum() + " " + e.measurementUid() + " " + e.reportId()).toList();
    List<String> inCan = read.stream().map(e -> e.number() + " " + e.measurementUid() + " "
        + (e.measurement() == null ? null : e.measurement().reportId())).toList();
    if (!indexed.equals(inCan)) {
      problems.add(key + ": index lists " + indexed.size() + " entries that differ from the can's " + inCan.size());
    }
    if (index.canBytes() != can.length || !index.canSha256().equals(sha256(can)) || !index.canName().equals(name(key))) {
      problems.add(key + ": index does not describe the can: " + index.canName() + " " + index.canBytes());
    }
  }

  private static String name(String key) {
    return key.substring(key.lastIndexOf('/') + 1);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
