package org.cyberwatch.ingest.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/**
 * A request the collector refuses because of what the client sent; nothing was written. The
 * HTTP layer maps the {@link Reason} to a 4xx status and answers {@code {"error": code, "message":
 * …}}.
 */
public final class UploadRejectedException extends Exception {

  /** Why a request was refused; {@link #code()} is the machine-readable {@code error} value. */
  public enum Reason {
    BAD_REPORT_ID("bad_report_id"),
    INVALID_JSON("invalid_json"),
    NOT_AN_OBJECT("not_an_object"),
    CONTENT_NOT_OBJECT("content_not_object"),
    UNSUPPORTED_FORMAT("unsupported_format"),
    INVALID_MEASUREMENT("invalid_measurement"),
    REPORT_ID_MISMATCH("report_id_mismatch"),
    INVALID_REQUEST("invalid_request"),
    INVALID_TUNNEL_REPORT("invalid_tunnel_report"),
    TIME_OUT_OF_WINDOW("time_out_of_window"),
    BODY_TOO_LARGE("body_too_large"),
    DECOMPRESSED_TOO_LARGE("decompressed_too_large"),
    BAD_ENCODING("bad_encoding"),
    INCOMPLETE_BODY("incomplete_body"),
    UNSUPPORTED_ENCODING("unsupported_encoding"),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** The {@code error} value of the JSON answer, e.g. {@code bad_report_id}. */
    public String code() {
      return code;
    }
  }

  private static final Pattern SOURCE_NOTICE = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");

  private final Reason reason;

  /** A refusal for {@code reason}; {@code message} is shown to the client. */
  public UploadRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** An {@code invalid_json} refusal saying where the JSON broke (Jackson's source notice removed). */
  public static UploadRejectedException invalidJson(JsonProcessingException e) {
    String detail = String.valueOf(e.getOriginalMessage());
    JsonLocation at = e.getLocation();
    if (at != null) {
      detail += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
    return new UploadRejectedException(Reason.INVALID_JSON,
        "the body is not well-formed JSON: " + SOURCE_NOTICE.matcher(detail).replaceAll(""));
  }

  /** Why the request was refused. */
  public Reason reason() {
    return reason;
  }
}
