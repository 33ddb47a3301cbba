package org.samverkan.platform.test;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server's memory backend plus the {@code hello} command that current drivers and Spring Boot's
 * MongoDB health indicator send (answered like the legacy {@code isMaster}); the local stack's stand-in does the same.
 */
final class HandshakingMemoryBackend extends MemoryBackend {
    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!"hello".equalsIgnoreCase(command)) {
            return super.handleCommand(channel, database, command, query);
        }
        Document answer = super.handleCommand(channel, database, "isMaster", query);
        answer.put("isWritablePrimary", Boolean.TRUE);
        return answer;
    }
}
