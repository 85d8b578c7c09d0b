package org.cyberwatch.pipelines.storage;

import org.apache.beam.sdk.io.aws2.options.S3ClientBuilderFactory;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.io.aws2.s3.DefaultS3ClientBuilderFactory;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Beam's default S3 client with path-style addressing, for S3-compatible servers (s3proxy, MinIO,
 * Ceph) that do not resolve {@code bucket.host} names. Chosen with {@code
 * --s3ClientFactoryClass=org.cyberwatch.pipelines.storage.PathStyleS3ClientBuilderFactory} next to
 * {@code --endpoint} and {@code --awsRegion}; AWS itself needs neither.
 */
public final class PathStyleS3ClientBuilderFactory implements S3ClientBuilderFactory {
  private final DefaultS3ClientBuilderFactory delegate = new DefaultS3ClientBuilderFactory();

  @Override
  public S3ClientBuilder createBuilder(S3Options options) {
    return delegate.createBuilder(options).forcePathStyle(true);
  }
}
