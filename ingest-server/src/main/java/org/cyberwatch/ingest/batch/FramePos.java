package org.cyberwatch.ingest.batch;

/**
 * Where a record sits in the journal.
 *
 * @param seq segment number
 * @param position byte offset of its frame
 */
record FramePos(long seq, long position) {}
