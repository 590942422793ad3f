package org.alumniportal.mentorship;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The mentorship service; security, errors, outbox and messaging come from the portal's service starter. */
@SpringBootApplication
public class MentorshipApplication {

    public static void main(String[] args) {
        SpringApplication.run(MentorshipApplication.class, args);
    }
}
