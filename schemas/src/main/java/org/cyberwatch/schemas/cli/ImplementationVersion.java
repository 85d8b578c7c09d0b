package org.cyberwatch.schemas.cli;

/**
 * The version every cyberWatch command reports ({@code --version}, {@code software_version},
 * pipeline run records): the jar manifest's {@code Implementation-Version}, or {@code dev} when
 * running from classes.
 */
public final class ImplementationVersion {
  private static final String DEV = "dev";

  private ImplementationVersion() {}

  /** The version of the jar that holds {@code type}. */
  public static String of(Class<?> type) {
    String version = type.getPackage().getImplementationVersion();
    return version == null ? DEV : version;
  }
}
