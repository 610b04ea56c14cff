package se.tjanstekatalog.platform;

/**
 * Recognises the one overload the portal answers with 503 and {@code Retry-After}: every
 * connection of the application's pool is in use and none came free within the pool's
 * max-wait ({@code payara-config/post-boot.asadmin}). Payara then throws its PoolingException
 * with no cause below it; a database that does not answer also ends in a PoolingException,
 * but with the driver's error as its cause, and stays a server error.
 */
public final class Overload {
  /** Seconds a client is asked to wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private static final String POOLING_EXCEPTION =
      "com.sun.appserv.connectors.internal.api.PoolingException";
  private static final int MAX_DEPTH = 64;

  private Overload() {}

  /** Whether {@code error} or anything that caused it is the exhausted pool. */
  public static boolean isPoolExhausted(Throwable error) {
    Throwable t = error;
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
      if (t.getClass().getName().equals(POOLING_EXCEPTION) && t.getCause() == null) {
        return true;
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return false;
  }
}
