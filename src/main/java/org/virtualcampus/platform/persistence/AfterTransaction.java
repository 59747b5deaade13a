package org.virtualcampus.platform.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs work once the current transaction has ended (committed or rolled back), when what it touches
 * must not change before the transaction's rows are visible to others; at once without one.
 */
public final class AfterTransaction {
  private AfterTransaction() {}

  public static void run(TransactionSynchronizationRegistry transactions, Runnable work) {
    if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      work.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // the outcome is not known yet
          }

          @Override
          public void afterCompletion(int status) {
            work.run();
          }
        });
  }

  /** Whether a transaction is active, so that work registered now runs when it ends. */
  public static boolean active(TransactionSynchronizationRegistry transactions) {
    return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
  }
}
