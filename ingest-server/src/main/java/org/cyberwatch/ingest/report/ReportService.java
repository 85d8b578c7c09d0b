package org.cyberwatch.ingest.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;
import org.cyberwatch.ingest.spool.SpoolFullException;
import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.schemas.id.MeasurementUid;
import org.cyberwatch.schemas.id.ReportId;
import org.cyberwatch.schemas.id.TestNames;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.cyberwatch.schemas.measurement.MeasurementParseException;

/**
 * The OONI report protocol without HTTP: open a report (new report id), check and prepare a
 * submission, hand it to the {@link MeasurementSink}. Thread-safe and stateless apart from its
 * collaborators; time comes from the injected {@link Clock}.
 */
public final class ReportService {

  private final String collectorId;
  private final String backendVersion;
  private final Clock clock;
  private final SecureRandom random;
  private final MeasurementSink sink;
  private final RecentSubmissions recent = new RecentSubmissions();

  /** A service issuing ids of {@code collectorId} and appending to {@code sink}. */
  public ReportService(String collectorId, String backendVersion, Clock clock, SecureRandom random,
      MeasurementSink sink) {
    this.collectorId = collectorId;
    this.backendVersion = backendVersion;
    this.clock = clock;
    this.random = random;
    this.sink = sink;
  }

  /** Opens a report: normalises the body's metadata (see {@link ReportMetadata}) and issues an id. */
  public OpenedReport open(JsonNode body) throws UploadRejectedException {
    return new OpenedReport(backendVersion, newReportId(ReportMetadata.normalise(body)).toString(), OpenedReport.FORMATS);
  }

  /** A fresh report id for {@code meta}, dated now. */
  public ReportId newReportId(ReportMetadata meta) {
    return ReportId.generate(clock.instant(), meta.testName(), meta.cc(), meta.asn(), collectorId, random);
  }

  /**
   * Checks a submission and prepares what the spool stores; nothing is written.
   *
   * @param reportId the id from the path
   * @param body the request body after decompression (its SHA-512 goes into the uid)
   * @throws UploadRejectedException for a malformed id or body, or a body whose probe_cc,
   *     probe_asn or test_name differ from the report id's
   */
  public Submission prepare(String reportId, byte[] body) throws UploadRejectedException {
    return prepare(reportId, body, sha512().digest(body));
  }

  /** As {@link #prepare(String, byte[])} with the SHA-512 {@code digest} of {@code body}. */
  private Submission prepare(String reportId, byte[] body, byte[] digest) throws UploadRejectedException {
    Optional<ReportId> id = checkReportId(reportId);
    ContentScan content = SubmitBody.locate(body).content();
    if (content.duplicates()) {
      return prepareFromTree(id, body, content);
    }
    Measurement envelope = checked(() -> MeasurementCodec.fromJson(content.envelope()));
    if (id.isPresent()) {
      checkMatches(id.get(), envelope);
    }
    // as MeasurementUid.of, with the digest computed once
    MeasurementUid uid = new MeasurementUid(clock.instant().truncatedTo(ChronoUnit.MICROS), envelope.probeCc(),
        TestNames.compact(envelope.testName()), HexFormat.of().formatHex(digest, 0, 8));
    String text = uid.toString();
    byte[] post = StoredPost.splice(body, content, text);
    return new Submission(uid, envelope.testName(), SpoolRecord.ofBuiltPost(text, post));
  }

  /**
   * The rare body whose measurement repeats a top-level member name: parsed into a tree (the last
   * value of a name wins, as everywhere else) and written out again, so what is checked is what is
   * stored.
   */
  private Submission prepareFromTree(Optional<ReportId> id, byte[] body, ContentScan content)
      throws UploadRejectedException {
    Measurement m = checked(() -> MeasurementCodec.parse(body, content.start(), content.end() - content.start()));
    if (id.isPresent()) {
      checkMatches(id.get(), m);
    }
    return stamp(m, body, clock.instant());
  }

  private static Measurement checked(Supplier<Measurement> parse) throws UploadRejectedException {
    try {
      return parse.get();
    } catch (MeasurementParseException e) {
      throw new UploadRejectedException(Reason.INVALID_MEASUREMENT, e.getMessage());
    }
  }

  /**
   * Prepares a submission and appends it to the sink; the future completes once it is durable. An
   * identical resubmission (same body) within the same report is not stored again: it gets the
   * first submission's answer, marked {@link Accepted#repeated() repeated} (see {@link
   * RecentSubmissions}).
   *
   * @throws SpoolFullException when the spool takes nothing now
   */
  public CompletableFuture<Accepted> submit(String reportId, byte[] body)
      throws UploadRejectedException, SpoolFullException {
    byte[] digest = sha512().digest(body);
    CompletableFuture<Accepted> mine = new CompletableFuture<>();
    CompletableFuture<Accepted> first = recent.claim(reportId, digest, mine);
    if (first != null) {
      return first.thenApply(Accepted::asRepeat);
    }
    try {
      Submission s = prepare(reportId, body, digest);
      sink.append(s.record()).whenComplete((durable, failure) -> {
        if (failure != null) {
          recent.release(reportId, digest, mine);
          mine.completeExceptionally(failure);
        } else {
          mine.complete(Accepted.of(s));
        }
      });
    } catch (UploadRejectedException | SpoolFullException | RuntimeException e) {
      recent.release(reportId, digest, mine);
      mine.completeExceptionally(e);
      throw e;
    }
    return mine;
  }

  /**
   * Stamps a measurement received at {@code receivedAt} and wraps it for the spool: uid from the
   * receive time, country, test name and SHA-512 of {@code body}; {@code probe_ip} scrubbed.
   */
  public static Submission stamp(Measurement m, byte[] body, Instant receivedAt) {
    MeasurementUid uid = MeasurementUid.of(receivedAt, m.probeCc(), m.testName(), body);
    Measurement stored = m.withProbeIpScrubbed().withMeasurementUid(uid.toString());
    return new Submission(uid, stored.testName(), SpoolRecord.ofBuiltPost(uid.toString(), post(stored)));
  }

  /** The spool's POST body of a stored measurement. */
  public static byte[] post(Measurement stored) {
    byte[] content = MeasurementCodec.toBytes(stored);
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + StoredPost.HEAD.length + 1);
    out.writeBytes(StoredPost.HEAD);
    out.writeBytes(content);
    out.write('}');
    return out.toByteArray();
  }

  private static MessageDigest sha512() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-512", e);
    }
  }

  private static Optional<ReportId> checkReportId(String reportId) throws UploadRejectedException {
    Optional<ReportId> parsed = ReportId.tryParse(reportId);
    if (parsed.isEmpty() && !ReportId.isOoniShaped(reportId)) {
      throw new UploadRejectedException(Reason.BAD_REPORT_ID,
          "not a report id (YYYYMMDDTHHMMSSZ_<testname>_<CC>_<asn>_n<collector>_<random>)");
    }
    return parsed;
  }

  private static void checkMatches(ReportId id, Measurement m) throws UploadRejectedException {
    if (!id.cc().equals(m.probeCc())) {
      throw mismatch("probe_cc", m.probeCc(), id.cc());
    }
    if (id.asn() != m.probeAsnNumber()) {
      throw mismatch("probe_asn", m.probeAsn(), "AS" + id.asn());
    }
    if (!id.testName().equals(m.compactTestName())) {
      throw mismatch("test_name", m.testName(), id.testName());
    }
  }

  private static UploadRejectedException mismatch(String field, String body, String reportId) {
    return new UploadRejectedException(Reason.REPORT_ID_MISMATCH,
        field + " of the measurement (" + body + ") does not match the report id (" + reportId + ")");
  }
}
