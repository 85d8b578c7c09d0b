package org.cyberwatch.ingest.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import org.cyberwatch.ingest.report.UploadRejectedException;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * One request and its response, as the route handlers see them: path parameters, the body within
 * limits, the client address, and one way to answer (JSON or text). Not shared between requests.
 */
final class Exchange {

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final Map<String, String> params;
  private final RequestBody limits;
  private final Answered answered;
  private volatile String rejection;

  /** Told about the answer just before it is sent (metrics and access log happen before the client sees it). */
  @FunctionalInterface
  interface Answered {
    void answered(int status, long bytesOut, String rejection);
  }

  Exchange(Request request, Response response, Callback callback, Map<String, String> params, RequestBody limits,
      Answered answered) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.params = Map.copyOf(params);
    this.limits = limits;
    this.answered = answered;
  }

  /** A path parameter of the route template, e.g. {@code report_id}. */
  String param(String name) {
    return params.get(name);
  }

  /** A query parameter, or null. */
  String query(String name) {
    Fields fields = Request.extractQueryParameters(request);
    return fields.getValue(name);
  }

  /** A request header, or null. */
  String header(String name) {
    return request.getHeaders().get(name);
  }

  /** The decompressed body, within the limits; the content type must be JSON or absent. */
  byte[] jsonBody() throws UploadRejectedException {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (type != null) {
      String mime = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (!mime.equals("application/json")) {
        throw new UploadRejectedException(Reason.UNSUPPORTED_MEDIA_TYPE,
            "Content-Type must be application/json, got '" + type + "'");
      }
    }
    try {
      return limits.read(Content.Source.asInputStream(request), request.getLength(),
          request.getHeaders().get(HttpHeader.CONTENT_ENCODING));
    } catch (IOException e) { // the client stopped sending (or the connection broke)
      throw new UploadRejectedException(Reason.INCOMPLETE_BODY, "the request body could not be read: " + e.getMessage());
    }
  }

  /** The body parsed as a JSON object. */
  ObjectNode jsonObject() throws UploadRejectedException {
    return HttpJson.readObject(jsonBody());
  }

  /** The client's address as seen on the connection (never stored). */
  String clientIp() {
    return Request.getRemoteAddr(request);
  }

  /** The host the client asked for (Host header, without port). */
  String host() {
    return Request.getServerName(request);
  }

  /** Scheme, host and port of this API as the client reached it, e.g. {@code https://h:8443}. */
  String baseUrl() {
    String host = host();
    return request.getHttpURI().getScheme() + "://" + (host.contains(":") ? "[" + host + "]" : host)
        + ":" + Request.getServerPort(request);
  }

  /** Answers with a JSON document. */
  void json(int status, Object body) {
    send(status, "application/json", HttpJson.write(body));
  }

  /** Answers with an error document. */
  void error(ApiError e) {
    rejection = e.status() < 500 ? e.code() : null;
    send(e.status(), "application/json", HttpJson.error(e));
  }

  /** Sets a response header (before answering). */
  void responseHeader(String name, String value) {
    response.getHeaders().put(name, value);
  }

  /** Answers with arbitrary bytes. */
  void send(int status, String contentType, byte[] body) {
    answered.answered(status, body.length, rejection);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.write(true, ByteBuffer.wrap(body), callback);
  }

}
