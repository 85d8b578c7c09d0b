package org.cyberwatch.schemas.can;

/**
 * One entry as a source yields it, before parsing.
 *
 * @param number 0-based line or member number
 * @param memberName tar member name, or null
 * @param uidFromName uid taken from the member name, or null
 * @param json measurement JSON bytes (or the damaged bytes when {@code problem} is set)
 * @param problem why the entry is unusable, or null
 */
record RawEntry(
    long number, String memberName, String uidFromName, byte[] json, CanEntry.Problem problem) {}
