package org.cyberwatch.ingest.http;

import org.cyberwatch.ingest.report.UploadRejectedException;

/**
 * An error answer: HTTP status, machine-readable code and message, written as {@code
 * {"error":"<code>","message":"…"}}.
 *
 * @param status HTTP status
 * @param code reason code, e.g. {@code bad_report_id}
 * @param message human-readable detail
 */
record ApiError(int status, String code, String message) {

  /** The answer to a refused upload: 413 for size limits, 415 for media types and encodings, else 400. */
  static ApiError of(UploadRejectedException e) {
    int status = switch (e.reason()) {
      case BODY_TOO_LARGE, DECOMPRESSED_TOO_LARGE -> 413;
      case UNSUPPORTED_ENCODING, UNSUPPORTED_MEDIA_TYPE -> 415;
      default -> 400;
    };
    return new ApiError(status, e.reason().code(), e.getMessage());
  }

  static ApiError notFound(String what) {
    return new ApiError(404, "not_found", what);
  }
}
