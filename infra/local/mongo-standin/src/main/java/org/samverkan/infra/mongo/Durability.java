package org.samverkan.infra.mongo;

import java.util.Locale;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.h2.mvstore.MVStore;

/**
 * When an answer may leave the stand-in: only once everything it could have seen or done is on disk. Every command
 * (a write, and a read that may have seen another connection's write) ends here before its reply is sent; commands
 * that arrive together share one commit and one fsync (group commit), so the cost falls with concurrency.
 *
 * <p>A commit must never catch a command half-way: an insert writes the {@code _id} index and the document as two
 * H2 map entries, and a commit between them, followed by a kill -9, left an index entry without its document (the
 * crash command found one: every later insert of that id refused as a duplicate, the document absent). So commands
 * run under the shared side of a lock and a commit takes it exclusively, and H2 makes no commit of its own.
 *
 * <p>{@code BACKGROUND} is mongo-java-server's own behaviour, kept for measuring: H2 commits about once a second,
 * and a {@code kill -9} loses what was answered in that second.
 */
enum Durability {
    /** Commit and fsync before the reply: survives kill -9 and a machine crash. */
    SYNC,
    /** Commit (write to the file) before the reply: survives kill -9, not a power loss. */
    COMMIT,
    /** H2's background commit about once a second. */
    BACKGROUND;

    static Durability parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    Gate gate(MVStore store) {
        return new Gate(this, store);
    }

    static final class Gate {
        private final Durability durability;
        private final MVStore store;
        private final ReadWriteLock commands = new ReentrantReadWriteLock(true);
        private long syncedVersion = -1;

        private Gate(Durability durability, MVStore store) {
            this.durability = durability;
            this.store = store; // opened without H2's own commits unless BACKGROUND (StandInBackend.open)
        }

        /** Runs one command so that no commit sees part of it. */
        <T> T command(Supplier<T> command) {
            if (durability == BACKGROUND) {
                return command.get();
            }
            commands.readLock().lock();
            try {
                return command.get();
            } finally {
                commands.readLock().unlock();
            }
        }

        /** Returns once all changes made so far are committed (and synced, for {@link #SYNC}). */
        synchronized void await() {
            if (durability == BACKGROUND) {
                return;
            }
            commands.writeLock().lock();
            try {
                if (store.hasUnsavedChanges()) {
                    store.commit();
                }
            } finally {
                commands.writeLock().unlock();
            }
            // A commit made by another command's await may not be synced yet: sync whatever version is new.
            long version = store.getCurrentVersion();
            if (durability == SYNC && version != syncedVersion) {
                store.sync();
                syncedVersion = version;
            }
        }
    }
}
