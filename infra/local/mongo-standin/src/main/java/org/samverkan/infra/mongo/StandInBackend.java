package org.samverkan.infra.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 file backend, plus the {@code hello} handshake command of current MongoDB versions
 * (answered like the legacy {@code isMaster}), which mongo-java-server 1.47 lacks and which
 * Spring Boot's MongoDB health indicator sends.
 */
final class StandInBackend extends H2Backend {

    StandInBackend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document response = super.handleCommand(channel, databaseName, "isMaster", query);
            response.put("isWritablePrimary", Boolean.TRUE);
            return response;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
