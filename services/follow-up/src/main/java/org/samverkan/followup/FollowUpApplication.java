package org.samverkan.followup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** follow-up: observations, rumours, compensatory measures, the equality dashboard and the report loop. */
@SpringBootApplication
public class FollowUpApplication {
    public static void main(String[] args) {
        SpringApplication.run(FollowUpApplication.class, args);
    }
}
