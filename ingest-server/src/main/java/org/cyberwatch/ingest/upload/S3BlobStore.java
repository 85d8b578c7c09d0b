package org.cyberwatch.ingest.upload;

import java.io.InputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A blob store in an S3 bucket (AWS or an S3-compatible server), through the AWS SDK v2 with the
 * URL-connection HTTP client.
 *
 * <p>A put first checks the file against the expected SHA-256, then sends {@code Content-MD5}
 * (every S3 server rejects a body that does not match it), the
 * SHA-256 as {@code x-amz-checksum-sha256} (AWS verifies it; servers that do not know the header
 * ignore it) and as user metadata {@code sha256}; afterwards a HEAD must show the file's size, an
 * ETag equal to its MD5 (single-part uploads) and the SHA-256. {@link #head} reports the
 * server's SHA-256 checksum when it returns one, else the stored metadata value.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

  private static final String SHA256_METADATA = "sha256";

  private final S3Client client;
  private final String bucket;
  private final String keyPrefix;

  S3BlobStore(S3Client client, String bucket, String keyPrefix) {
    this.client = client;
    this.bucket = bucket;
    this.keyPrefix = keyPrefix;
  }

  /** A store for {@code settings}. */
  public static S3BlobStore create(S3Settings settings) {
    S3ClientBuilder b = S3Client.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .region(Region.of(settings.region()))
        .forcePathStyle(settings.forcePathStyle())
        .credentialsProvider(credentials(settings));
    if (settings.endpoint() != null) {
      b.endpointOverride(settings.endpoint());
    }
    return new S3BlobStore(b.build(), settings.bucket(), settings.keyPrefix());
  }

  private static AwsCredentialsProvider credentials(S3Settings s) {
    return s.accessKey() == null
        ? DefaultCredentialsProvider.create()
        : StaticCredentialsProvider.create(AwsBasicCredentials.create(s.accessKey(), s.secretKey()));
  }

  @Override
  public void put(String key, Path file, String sha256Hex) throws BlobStoreException {
    String k = keyPrefix + BlobKeys.check(key);
    try {
      long size = Files.size(file);
      FileDigest.Digests local = FileDigest.md5AndSha256(file);
      if (!local.sha256Hex().equals(sha256Hex)) {
        throw new BlobStoreException(file + " has SHA-256 " + local.sha256Hex() + ", expected "
            + sha256Hex + ": it changed since it was sealed");
      }
      byte[] md5 = local.md5();
      client.putObject(b -> b.bucket(bucket).key(k).contentLength(size)
              .contentMD5(Base64.getEncoder().encodeToString(md5))
              .checksumAlgorithm(ChecksumAlgorithm.SHA256)
              .checksumSHA256(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex)))
              .metadata(Map.of(SHA256_METADATA, sha256Hex)),
          RequestBody.fromFile(file));
      verify(key, size, HexFormat.of().formatHex(md5), sha256Hex);
    } catch (BlobStoreException e) {
      throw e;
    } catch (IOException e) {
      throw new BlobStoreException("cannot read " + file + " to upload it as " + k, e);
    } catch (SdkException e) {
      throw new BlobStoreException("cannot put s3://" + bucket + "/" + k + ": " + e.getMessage(), e);
    }
  }

  private void verify(String key, long size, String md5Hex, String sha256Hex) throws BlobStoreException {
    BlobInfo info = head(key)
        .orElseThrow(() -> new BlobStoreException("s3://" + bucket + "/" + keyPrefix + key + " missing after put"));
    boolean etagIsMd5 = info.etag() != null && info.etag().matches("[0-9a-f]{32}");
    if (info.size() != size || (etagIsMd5 && !info.etag().equals(md5Hex))
        || !sha256Hex.equals(info.sha256())) {
      throw new BlobStoreException("s3://" + bucket + "/" + keyPrefix + key + " does not verify: "
          + info + ", expected size " + size + ", md5 " + md5Hex + ", sha256 " + sha256Hex);
    }
  }

  @Override
  public Optional<BlobInfo> head(String key) throws BlobStoreException {
    String k = keyPrefix + BlobKeys.check(key);
    try {
      HeadObjectResponse r = client.headObject(b -> b.bucket(bucket).key(k).checksumMode(ChecksumMode.ENABLED));
      String sha = r.checksumSHA256() != null
          ? HexFormat.of().formatHex(Base64.getDecoder().decode(r.checksumSHA256()))
          : r.metadata().get(SHA256_METADATA);
      String etag = r.eTag() == null ? null : r.eTag().replace("\"", "");
      return Optional.of(new BlobInfo(r.contentLength(), sha, etag));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw new BlobStoreException("cannot head s3://" + bucket + "/" + k + ": " + e.getMessage(), e);
    } catch (SdkException | IllegalArgumentException e) {
      throw new BlobStoreException("cannot head s3://" + bucket + "/" + k + ": " + e.getMessage(), e);
    }
  }

  @Override
  public InputStream open(String key) throws BlobStoreException {
    String k = keyPrefix + BlobKeys.check(key);
    try {
      return client.getObject(b -> b.bucket(bucket).key(k));
    } catch (SdkException e) {
      throw new BlobStoreException("cannot get s3://" + bucket + "/" + k + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> list(String prefix) throws BlobStoreException {
    String p = keyPrefix + BlobKeys.checkPrefix(prefix);
    try {
      return client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(p)).contents().stream()
          .map(S3Object::key)
          .map(k -> k.substring(keyPrefix.length()))
          .sorted()
          .toList();
    } catch (SdkException e) {
      throw new BlobStoreException("cannot list s3://" + bucket + "/" + p + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
