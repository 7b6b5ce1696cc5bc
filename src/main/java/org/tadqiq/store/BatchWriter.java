package org.tadqiq.store;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.tadqiq.align.CopyGroups.Fingerprint;
import org.tadqiq.align.Facet;
import org.tadqiq.extract.ExtractedSource;

/**
 * Writes an audit's batches into the store on a thread of its own, so the next batch is read and
 * extracted while one is written (on two cores, extraction had both idle while SQLite wrote). The
 * writer is the only thread that touches the store's write connection while it runs. It is fed
 * through a queue of {@value #QUEUED} batch: a reader faster than the store waits, so at most
 * three batches are held at once (one being written, one queued, one being extracted). Each batch
 * is one transaction, committed in the order handed in; should one fail, it is rolled back, the
 * batches after it are dropped unwritten, and the failure is thrown to the thread that hands
 * batches in, at its next hand-in or at {@link #finish}.
 */
final class BatchWriter {
  private static final int QUEUED = 1;

  /** One batch, extracted: each article with its own id, content hash, facets and fingerprint. */
  record Batch(List<ExtractedSource> extracted, List<String> originalIds, List<String> hashes,
      List<List<Facet>> facets, List<Fingerprint> prints) {}

  /** Handed in after the last batch: the writer ends once everything before it is written. */
  private static final Batch END = new Batch(List.of(), List.of(), List.of(), List.of(), List.of());

  private final ClaimStore store;
  private final CopyIndex copies;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
  private final AtomicLong committed = new AtomicLong();
  private final Thread thread;
  private volatile Throwable failure;
  private boolean finished;

  BatchWriter(ClaimStore store, CopyIndex copies) {
    this.store = store;
    this.copies = copies;
    this.thread = new Thread(this::writeAll, "tadqiq-store-writer");
    // a JVM that exits while a batch is written leaves it uncommitted, as a killed run does
    thread.setDaemon(true);
    thread.start();
  }

  /** How many batches are committed: the first that many handed in. */
  long committed() {
    return committed.get();
  }

  /**
   * Hands a batch to the writer, waiting while the queue is full. Throws the writer's failure if
   * it has failed.
   */
  void write(Batch batch) throws SQLException {
    rethrowFailure();
    putUninterruptibly(batch);
    rethrowFailure();
  }

  /**
   * Waits until every batch handed in is written (or the writer failed) and ends the writer;
   * throws its failure, if any. Safe to call more than once.
   */
  void finish() throws SQLException {
    if (!finished) {
      finished = true;
      putUninterruptibly(END);
      boolean interrupted = false;
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true; // the batches handed in are written first: nothing half-done
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    rethrowFailure();
  }

  private void writeAll() {
    while (true) {
      Batch batch = takeUninterruptibly();
      if (batch == END) {
        return;
      }
      if (failure != null) {
        continue; // a batch after a failed one is dropped: the run is failing
      }
      try {
        write(batch.extracted(), batch);
        committed.incrementAndGet();
      } catch (SQLException | RuntimeException | Error e) {
        try {
          store.rollback();
        } catch (SQLException | RuntimeException again) {
          e.addSuppressed(again);
        }
        failure = e;
      }
    }
  }

  private void write(List<ExtractedSource> extracted, Batch batch) throws SQLException {
    for (int i = 0; i < extracted.size(); i++) {
      ExtractedSource e = extracted.get(i);
      store.add(e, batch.originalIds().get(i), batch.hashes().get(i), batch.facets().get(i));
      if (batch.prints().get(i) != null) {
        copies.add(e.source().id(), batch.prints().get(i));
      }
    }
    store.commit();
  }

  /** The writer's failure, thrown as it was raised (an SQLException stays one, for its message). */
  private void rethrowFailure() throws SQLException {
    Throwable t = failure;
    if (t instanceof SQLException sql) {
      throw sql;
    }
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error err) {
      throw err;
    }
  }

  private void putUninterruptibly(Batch batch) {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(batch);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private Batch takeUninterruptibly() {
    while (true) {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        // only finish() ends the writer: a batch handed in is written or dropped, never lost half-way
      }
    }
  }
}
