package org.alumniportal.platform.testapp;

import java.util.Map;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A synchronous call to another service, the way STYLE asks for one: OpenFeign with a fallback. */
@FeignClient(name = "directory-service", url = "${testapp.directory-url}", fallback = DirectoryClient.Unavailable.class)
public interface DirectoryClient {

    @GetMapping("/api/profiles/{userId}")
    Map<String, Object> profile(@PathVariable String userId);

    /** What a caller gets while the other service is down or its circuit is open. */
    @Component
    class Unavailable implements DirectoryClient {

        @Override
        public Map<String, Object> profile(String userId) {
            return Map.of("userId", userId, "available", false);
        }
    }
}
