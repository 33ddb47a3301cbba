package org.samverkan.infra.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 file backend, plus the {@code hello} handshake command of current MongoDB versions
 * (answered like the legacy {@code isMaster}), which mongo-java-server 1.47 lacks and which
 * Spring Boot's MongoDB health indicator sends; and no reply before its effects are durable
 * ({@link Durability}): mongo-java-server answers as soon as H2 holds a change in memory.
 */
final class StandInBackend extends H2Backend {
    private final Durability.Gate durable;

    StandInBackend(String fileName, Durability durability) {
        super(open(fileName, durability));
        this.durable = durability.gate(getMvStore());
    }

    /**
     * Without H2's own commits where replies wait for durability: besides its background writer, H2 commits from
     * inside whichever command pushes unsaved memory over a threshold, and that commit would catch the commands in
     * flight half-way. Only {@link Durability.Gate#await} commits then, between commands.
     */
    static MVStore open(String fileName, Durability durability) {
        MVStore.Builder builder = new MVStore.Builder().fileName(fileName);
        // autoCommitDisabled() stops only the background writer; a zero buffer also stops the memory-triggered commit.
        return (durability == Durability.BACKGROUND ? builder : builder.autoCommitDisabled().autoCommitBufferSize(0)).open();
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            if ("hello".equalsIgnoreCase(command)) {
                Document response = durable.command(() -> super.handleCommand(channel, databaseName, "isMaster", query));
                response.put("isWritablePrimary", Boolean.TRUE);
                return response;
            }
            return durable.command(() -> super.handleCommand(channel, databaseName, command, query));
        } finally {
            // Also after a failed command: part of a batch may have been written.
            durable.await();
        }
    }
}
