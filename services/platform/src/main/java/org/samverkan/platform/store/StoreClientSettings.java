package org.samverkan.platform.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;

/**
 * Bounds every store operation so that an unreachable store fails a request in about a second instead of the
 * driver's 30 s, and tells {@link StoreAvailability} what the driver sees. Applied after Spring Boot's own
 * customizer, so these properties win over the same options in {@code spring.mongodb.uri}.
 */
final class StoreClientSettings implements MongoClientSettingsBuilderCustomizer {
    private final StoreProperties properties;
    private final StoreAvailability availability;

    StoreClientSettings(StoreProperties properties, StoreAvailability availability) {
        this.properties = properties;
        this.availability = availability;
    }

    @Override
    public void customize(MongoClientSettings.Builder settings) {
        settings.applyToClusterSettings(cluster -> cluster
                        .serverSelectionTimeout(properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .addClusterListener(availability))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout((int) properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) properties.socketTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToServerSettings(server -> server
                        .heartbeatFrequency(properties.heartbeat().toMillis(), TimeUnit.MILLISECONDS));
    }
}
