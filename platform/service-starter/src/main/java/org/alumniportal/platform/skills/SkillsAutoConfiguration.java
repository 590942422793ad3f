package org.alumniportal.platform.skills;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The shared skill vocabulary as a bean, so services inject it like any collaborator. */
@AutoConfiguration
public class SkillsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SkillNormalizer skillNormalizer() {
        return SkillNormalizer.standard();
    }
}
