package org.cyberwatch.pipelines.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.cyberwatch.schemas.cli.ExitCode;
import org.cyberwatch.schemas.snapshot.IpMetadata;
import org.cyberwatch.schemas.snapshot.IpMetadataLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code enrich --snapshots-dir DIR [--day D] IP…}: what the job's enrichment says about
 * addresses, one JSON object per line, from the newest snapshots dated ≤ the day.
 */
@Command(name = "enrich", description = "Enrich addresses from dated snapshot files.")
public final class EnrichCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--snapshots-dir", required = true, paramLabel = "DIR",
      description = "Directory of dated snapshots (pfx2as, as2org, PeeringDB, RIR delegated).")
  Path snapshotsDir;

  @Option(names = "--day", paramLabel = "YYYY-MM-DD",
      description = "Use the snapshots a measurement of this day would use (default: today, UTC).")
  LocalDate day;

  @Parameters(arity = "1..*", paramLabel = "IP", description = "IPv4 or IPv6 addresses.")
  List<String> addresses;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(snapshotsDir)) {
      System.err.println("enrich: --snapshots-dir: not a directory: " + snapshotsDir);
      return ExitCode.USAGE.code();
    }
    LocalDate d = day == null ? LocalDate.now(ZoneOffset.UTC) : day;
    IpMetadataLookup lookup = IpMetadataLookup.forDay(snapshotsDir, d);
    for (String ip : addresses) {
      try {
        lookup.lookup(ip);
      } catch (IllegalArgumentException e) {
        System.err.println("enrich: " + e.getMessage());
        return ExitCode.USAGE.code();
      }
    }
    for (String ip : addresses) {
      IpMetadata m = lookup.lookup(ip);
      System.out.println(JSON.writeValueAsString(EnrichmentJson.of(m)));
    }
    return ExitCode.OK.code();
  }
}
