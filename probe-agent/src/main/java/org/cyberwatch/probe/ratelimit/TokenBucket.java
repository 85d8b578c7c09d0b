package org.cyberwatch.probe.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Token bucket: {@code burst} tokens, refilled at {@code perMinute} per minute. {@link #acquire()}
 * takes one token, sleeping (through the injected {@link Sleeper}) exactly until one is available.
 * Time comes from the injected {@link Clock}, so tests assert the sequence of waits without
 * sleeping. The rate can be changed while running (check-in settings).
 */
public final class TokenBucket {
  private static final long NANOS_PER_MINUTE = 60_000_000_000L;

  private final Clock clock;
  private final Sleeper sleeper;
  private double perMinute;
  private int burst;
  private double tokens;
  private Instant last;

  /** A full bucket. */
  public TokenBucket(double perMinute, int burst, Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
    setRate(perMinute, burst);
    this.tokens = burst;
    this.last = clock.instant();
  }

  /** Changes rate and size; tokens above the new size are dropped. */
  public synchronized void setRate(double newPerMinute, int newBurst) {
    if (!(newPerMinute > 0) || newBurst < 1) {
      throw new IllegalArgumentException("perMinute/burst: must be above 0 and at least 1");
    }
    if (last != null) {
      refill();
    }
    this.perMinute = newPerMinute;
    this.burst = newBurst;
    this.tokens = Math.min(tokens, newBurst);
  }

  /** Takes one token, waiting as long as needed. */
  public void acquire() throws InterruptedException {
    while (true) {
      Duration wait;
      synchronized (this) {
        refill();
        if (tokens >= 1) {
          tokens -= 1;
          return;
        }
        wait = Duration.ofNanos((long) Math.ceil((1 - tokens) * NANOS_PER_MINUTE / perMinute));
      }
      sleeper.sleep(wait);
    }
  }

  /** The current sustained rate. */
  public synchronized double ratePerMinute() {
    return perMinute;
  }

  /** Tokens available now (for status). */
  public synchronized double available() {
    refill();
    return tokens;
  }

  private void refill() {
    Instant now = clock.instant();
    long nanos = Duration.between(last, now).toNanos();
    if (nanos > 0) {
      tokens = Math.min(burst, tokens + nanos * perMinute / NANOS_PER_MINUTE);
      last = now;
    }
  }
}
