package org.alumniportal.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StarterTestApplication {
}
