package org.alumniportal.platform.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Health checks that work on the embedded stack as well as on real infrastructure. */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
public class PortalHealthAutoConfiguration {

    /** The name Boot's own Mongo contributor backs off for. */
    @Bean
    @ConditionalOnMissingBean(name = {"mongoHealthIndicator", "mongoHealthContributor"})
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
