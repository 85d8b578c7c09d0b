package org.cyberwatch.pipelines.reprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cyberwatch.testing.Neo4jServer;
import org.cyberwatch.testing.PostgresDatabase;
import org.cyberwatch.testing.PostgresServer;
import org.cyberwatch.testing.S3Server;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * ReprocessJob end to end through the real command line: cans on a real S3 server (s3proxy), read
 * with Beam's S3 filesystem, loaded into a real PostgreSQL and Neo4j, on the direct runner and on
 * the Flink mini-cluster. The methods run in order: first run, rerun, Flink run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReprocessJobIT {
  private static final String BUCKET = "reprocess-it";
  private static PostgresDatabase db;
  private static ReprocessFixtureCans cans;
  private static StoreSnapshot afterFirstRun;
  private static String firstDigest;

  @TempDir static Path work;

  @BeforeAll
  static void servers() throws Exception {
    S3Server s3 = S3Server.shared();
    s3.createBucket(BUCKET);
    db = PostgresServer.shared().freshDatabase("reprocess");
    Neo4jServer.shared().clear();
    cans = ReprocessFixtureCans.writeTo(s3, BUCKET);
  }

  @Test
  @Order(1)
  void firstRunLoadsEveryUniqueMeasurementAndRoutesBadInputToFailures() throws Exception {
    int exit = ReprocessRun.direct(work.resolve("export-direct"), args());

    assertEquals(0, exit, "exit code (1 would mean the counts did not reconcile)");
    afterFirstRun = StoreSnapshot.take(db, Neo4jServer.shared());
    assertEquals(cans.uniqueMeasurements(), afterFirstRun.count("measurements"));
    Map<String, Long> failures = StoreQueries.failureReasons(db);
    assertEquals(cans.malformedLines(), failures.getOrDefault("parse/invalid_json", 0L));
    assertEquals(1L, failures.getOrDefault("read/corrupt_can", 0L));
    assertTrue(afterFirstRun.count("hops") > 0, "hops");
    assertTrue(afterFirstRun.count("as_edges_daily") > 0, "AS edges");
    assertTrue(afterFirstRun.count("peer_observations") > 0, "peer observations");
    assertTrue(afterFirstRun.count("nat_observations") > 0, "NAT observations");
    assertTrue(afterFirstRun.count("tunnel_reports") > 0, "tunnel reports");
    assertFalse(afterFirstRun.routes().isEmpty(), "ROUTE edges in Neo4j");
    assertEquals(afterFirstRun.edgeTotals(), afterFirstRun.routes(),
        "ROUTE properties equal the aggregate over as_edges_daily");
    firstDigest = Files.readString(work.resolve("export-direct/DIGEST"));
    assertEquals("succeeded", StoreQueries.lastRunStatus(db));
  }

  @Test
  @Order(2)
  void rerunChangesNothingInEitherStore() throws Exception {
    int exit = ReprocessRun.direct(work.resolve("export-rerun"), args());

    assertEquals(0, exit);
    assertEquals(afterFirstRun, StoreSnapshot.take(db, Neo4jServer.shared()));
    assertEquals(firstDigest, Files.readString(work.resolve("export-rerun/DIGEST")));
  }

  @Test
  @Order(3)
  void flinkRunGivesTheSameExportDigestAndChangesNothing() throws Exception {
    int exit = ReprocessRun.flink(work.resolve("export-flink"), args());

    assertEquals(0, exit);
    assertEquals(firstDigest, Files.readString(work.resolve("export-flink/DIGEST")));
    assertEquals(afterFirstRun, StoreSnapshot.take(db, Neo4jServer.shared()));
    assertEquals(List.of("succeeded", "succeeded", "succeeded"), StoreQueries.runStatuses(db));
  }

  private static List<String> args() {
    S3Server s3 = S3Server.shared();
    return List.of(
        "--input=s3://" + BUCKET + "/raw/**",
        "--endpoint=" + s3.endpoint(),
        "--awsRegion=" + s3.region(),
        "--s3ClientFactoryClass=org.cyberwatch.pipelines.storage.PathStyleS3ClientBuilderFactory",
        "--awsCredentialsProvider={\"@type\":\"StaticCredentialsProvider\",\"accessKeyId\":\""
            + s3.accessKey() + "\",\"secretAccessKey\":\"" + s3.secretKey() + "\"}",
        "--snapshots=" + ReprocessFixtureCans.SNAPSHOTS,
        "--postgresUrl=" + db.jdbcUrl(),
        "--postgresUser=" + db.user(),
        "--neo4jUri=" + Neo4jServer.shared().boltUri());
  }
}
