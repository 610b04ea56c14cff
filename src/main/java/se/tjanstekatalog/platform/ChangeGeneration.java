package se.tjanstekatalog.platform;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A counter of changes to the data {@link ReadCache} keeps (the catalogue, its price lists,
 * the municipality's name), as a JPA entity listener on those entities. A write on this node
 * moves the counter at once and again when its transaction has ended, so a read that began
 * before the commit (and may have seen the old rows) is never kept as current. Other nodes
 * see the change when their cache entries expire ({@link ReadCache#TTL}).
 */
public class ChangeGeneration {
  private static final Logger LOG = Logger.getLogger(ChangeGeneration.class.getName());
  private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
  private static final AtomicLong GENERATION = new AtomicLong();

  /** The current generation; entries read under an older one are out of date. */
  public static long current() {
    return GENERATION.get();
  }

  @PostPersist
  @PostUpdate
  @PostRemove
  void changed(Object entity) {
    GENERATION.incrementAndGet();
    try {
      TransactionSynchronizationRegistry registry = InitialContext.doLookup(REGISTRY);
      if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
        registry.registerInterposedSynchronization(new Synchronization() {
          @Override
          public void beforeCompletion() {
            // only after the commit or rollback
          }

          @Override
          public void afterCompletion(int status) {
            GENERATION.incrementAndGet();
          }
        });
      }
    } catch (NamingException | RuntimeException e) {
      // Outside a container transaction: the first increment is all there is to do.
      LOG.log(Level.FINE, "No transaction to follow for a change of " + entity, e);
    }
  }
}
