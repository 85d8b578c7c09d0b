package org.cyberwatch.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

class S3ServerIT {
  private static S3Client client(S3Server s3) {
    return S3Client.builder()
        .endpointOverride(s3.endpoint())
        .region(Region.of(s3.region()))
        .forcePathStyle(true)
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())))
        .build();
  }

  @Test
  void storesAndReturnsAnObjectOverTheS3Api() {
    S3Server s3 = S3Server.shared();
    try (S3Client client = client(s3)) {
      client.createBucket(b -> b.bucket("roundtrip"));
      byte[] body = "{\"measurement_uid\":\"x\"}\n".getBytes(StandardCharsets.UTF_8);
      client.putObject(b -> b.bucket("roundtrip").key("raw/20240101/00/IT/tor/a.jsonl.gz"),
          RequestBody.fromBytes(body));

      byte[] back =
          client.getObjectAsBytes(b -> b.bucket("roundtrip").key("raw/20240101/00/IT/tor/a.jsonl.gz"))
              .asByteArray();

      assertArrayEquals(body, back);
      assertEquals(1, client.listObjectsV2(b -> b.bucket("roundtrip").prefix("raw/")).keyCount());
    }
  }

  @Test
  void missingKeyIsReportedAsSuch() {
    S3Server s3 = S3Server.shared();
    try (S3Client client = client(s3)) {
      s3.createBucket("empty");
      assertThrows(NoSuchKeyException.class,
          () -> client.getObjectAsBytes(b -> b.bucket("empty").key("nope")));
    }
  }
}
