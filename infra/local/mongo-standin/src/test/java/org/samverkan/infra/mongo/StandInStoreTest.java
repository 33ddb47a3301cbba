package org.samverkan.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where replies wait for durability, H2 never commits on its own: only between commands, never inside one. */
class StandInStoreTest {
    @TempDir
    Path directory;

    @Test
    void aDurableStoreHasNeitherABackgroundCommitNorOneTriggeredByUnsavedMemory() {
        for (Durability durability : new Durability[] {Durability.SYNC, Durability.COMMIT}) {
            MVStore store = StandInBackend.open(directory.resolve(durability + ".mv").toString(), durability);
            try {
                assertThat(store.getAutoCommitDelay()).as("%s: background commit delay", durability).isZero();
                assertThat(store.getAutoCommitMemory()).as("%s: commit once this much is unsaved", durability).isZero();
            } finally {
                store.close();
            }
        }
    }

    @Test
    void theMeasuringModeKeepsH2sOwnCommits() {
        MVStore store = StandInBackend.open(directory.resolve("background.mv").toString(), Durability.BACKGROUND);
        try {
            assertThat(store.getAutoCommitDelay()).isPositive();
        } finally {
            store.close();
        }
    }
}
