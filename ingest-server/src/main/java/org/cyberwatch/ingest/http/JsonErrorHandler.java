package org.cyberwatch.ingest.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty produces itself (malformed requests, ambiguous URIs such as an encoded {@code /}
 * in a report id) as the same JSON documents as the API's: {@code {"error":"http_<status>",
 * "message":…}}.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    Object message = request.getAttribute(ERROR_MESSAGE);
    byte[] body = HttpJson.error(error(status, message == null ? null : message.toString()));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(HttpJson.error(error(status, reason)));
  }

  private static ApiError error(int status, String message) {
    return new ApiError(status, "http_" + status, message == null ? "request refused" : message);
  }
}
