package org.samverkan.bench;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Bench harness: (a) raw Kafka produce/consume, (b) the platform pipeline (aggregate save, outbox relay, Kafka,
 * consumer function with a typed handler, ProjectionWriter). Runs once, prints the figures, writes docs/benchmarks.md, exits.
 */
@SpringBootApplication
public class BenchApplication {
    public static final String RAW_TOPIC = "bench.raw";
    public static final String PIPELINE_TOPIC = "bench.platform";
    /** The consumer group of (b): the platform's default, the application name. */
    static final String GROUP = "bench.platform";
    public static final String AGGREGATES = "bench.aggregates";
    public static final String PROJECTION = "bench.projection";

    public static void main(String[] args) throws Exception {
        SpringApplication app = new SpringApplication(BenchApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        int code;
        try (ConfigurableApplicationContext context = app.run(args)) {
            code = context.getBean(BenchRunner.class).run();
        }
        System.exit(code);
    }

    /** Same partition count as the services' topics (and the local broker's num.partitions). */
    @Bean
    NewTopic benchRawTopic() {
        return TopicBuilder.name(RAW_TOPIC).partitions(3).build();
    }

    @Bean
    NewTopic benchPipelineTopic() {
        return TopicBuilder.name(PIPELINE_TOPIC).partitions(3).build();
    }
}
