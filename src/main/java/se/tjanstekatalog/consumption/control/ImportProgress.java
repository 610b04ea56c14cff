package se.tjanstekatalog.consumption.control;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/** How far a running import is, for a progress bar that polls it from another request. */
public final class ImportProgress implements LongConsumer, Serializable {
  private static final long serialVersionUID = 1L;
  private final AtomicLong done = new AtomicLong();
  private final long total;

  /** @param total the file's size in bytes (or rows), 0 if unknown */
  public ImportProgress(long total) {
    this.total = total;
  }

  @Override
  public void accept(long value) {
    done.set(value);
  }

  /** 0–100; stays below 100 until {@link #finish}. */
  public int percent() {
    long d = done.get();
    if (d < 0) {
      return 100;
    }
    return total <= 0 ? 0 : (int) Math.min(99, d * 100 / total);
  }

  public void finish() {
    done.set(-1);
  }

  public static ImportProgress none() {
    return new ImportProgress(0);
  }
}
