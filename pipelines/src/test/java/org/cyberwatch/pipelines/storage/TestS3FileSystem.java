package org.cyberwatch.pipelines.storage;

import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.cyberwatch.testing.S3Server;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Points Beam's {@code s3://} filesystem at the test S3 server, path-style. */
public final class TestS3FileSystem {
  private TestS3FileSystem() {}

  public static void use(S3Server s3) {
    PipelineOptionsFactory.register(S3Options.class);
    S3Options options =
        PipelineOptionsFactory.fromArgs(
                "--endpoint=" + s3.endpoint(),
                "--awsRegion=" + s3.region(),
                "--s3ClientFactoryClass=" + PathStyleS3ClientBuilderFactory.class.getName())
            .as(S3Options.class);
    options.setAwsCredentialsProvider(
        StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
    FileSystems.setDefaultPipelineOptions(options);
  }
}
