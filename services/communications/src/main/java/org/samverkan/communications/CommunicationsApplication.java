package org.samverkan.communications;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** communications: multilingual notices, situation updates, delivery to channels and intermediaries. */
@SpringBootApplication
public class CommunicationsApplication {
    public static void main(String[] args) {
        SpringApplication.run(CommunicationsApplication.class, args);
    }
}
