package org.cyberwatch.ingest.http;

import java.util.Map;

/** What the admin endpoints can make the collector do. */
public interface AdminActions {

  /**
   * Seals everything acknowledged so far into cans and uploads them now ({@code POST
   * /admin/seal}).
   *
   * @return a summary for the answer, e.g. measurements sealed and files uploaded
   */
  Map<String, Object> sealAndUpload() throws Exception;
}
