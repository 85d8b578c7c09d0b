package org.cyberwatch.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

class S3ServerIT {
  private static final S3Server SERVER = S3Server.shared();
  private static S3Client client;

  @BeforeAll
  static void openClient() {
    client = client(SERVER.accessKey(), SERVER.secretKey());
  }

  @AfterAll
  static void closeClient() {
    client.close();
  }

  @Test
  void storesAndReturnsAnObjectWithPathStyleRequests() {
    SERVER.createBucket("put-get");
    byte[] body = "{\"test_name\":\"web_connectivity\"}\n".getBytes(StandardCharsets.UTF_8);
    client.putObject(
        b -> b.bucket("put-get").key("raw/20240101/00/IT/can.jsonl"), RequestBody.fromBytes(body));
    byte[] read =
        client.getObjectAsBytes(b -> b.bucket("put-get").key("raw/20240101/00/IT/can.jsonl")).asByteArray();
    assertArrayEquals(body, read);
  }

  @Test
  void createBucketIsIdempotent() {
    assertTrue(SERVER.createBucket("twice"));
    assertFalse(SERVER.createBucket("twice"));
  }

  @Test
  void rejectsAWrongSecretKey() {
    SERVER.createBucket("guarded");
    try (S3Client wrong = client(SERVER.accessKey(), "not-the-secret")) {
      S3Exception e = assertThrows(S3Exception.class, () -> wrong.listObjectsV2(b -> b.bucket("guarded")));
      assertEquals(403, e.statusCode());
    }
  }

  @Test
  void endpointIsLoopbackHttp() {
    assertEquals("http", SERVER.endpoint().getScheme());
    assertEquals("127.0.0.1", SERVER.endpoint().getHost());
  }

  @Test
  void isStartedOncePerJvm() {
    assertSame(SERVER, S3Server.shared());
  }

  private static S3Client client(String accessKey, String secretKey) {
    return S3Client.builder()
        .endpointOverride(SERVER.endpoint())
        .region(Region.of(SERVER.region()))
        .forcePathStyle(true)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }
}
