package org.samverkan.infra.mongo;

import java.util.Locale;

import org.h2.mvstore.MVStore;

/**
 * When an answer may leave the stand-in: only once everything it could have seen or done is on disk. Every command
 * (a write, and a read that may have seen another connection's write) ends here before its reply is sent; commands
 * that arrive together share one commit and one fsync (group commit), so the cost falls with concurrency.
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
        private long syncedVersion = -1;

        private Gate(Durability durability, MVStore store) {
            this.durability = durability;
            this.store = store;
        }

        /** Returns once all changes made so far are committed (and synced, for {@link #SYNC}). */
        synchronized void await() {
            if (durability == BACKGROUND) {
                return;
            }
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
            // H2's background writer may have committed a change without syncing it: sync whatever version is new.
            long version = store.getCurrentVersion();
            if (durability == SYNC && version != syncedVersion) {
                store.sync();
                syncedVersion = version;
            }
        }
    }
}
