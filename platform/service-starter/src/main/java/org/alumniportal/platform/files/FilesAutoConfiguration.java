package org.alumniportal.platform.files;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * {@link FileTypes} always; a {@link FileStore}: {@link LocalDiskFileStore} unless {@code portal.files.store=s3},
 * then {@link S3FileStore} (the service must have {@code software.amazon.awssdk:s3} on its classpath).
 */
@AutoConfiguration
@EnableConfigurationProperties(FilesProperties.class)
public class FilesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FileTypes fileTypes(FilesProperties properties) {
        return new FileTypes(properties.maxCvSize().toBytes(), properties.maxImageSize().toBytes());
    }

    @Bean
    @ConditionalOnMissingBean
    MultipartIntake multipartIntake(FileTypes types) {
        return new MultipartIntake(types);
    }

    @Bean
    @ConditionalOnMissingBean(FileStore.class)
    @ConditionalOnProperty(name = "portal.files.store", havingValue = "local", matchIfMissing = true)
    LocalDiskFileStore localDiskFileStore(FilesProperties properties) {
        return new LocalDiskFileStore(Path.of(properties.localRoot()));
    }

    /** Nested so that the AWS classes are only loaded when they are present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "software.amazon.awssdk.services.s3.S3Client")
    @ConditionalOnProperty(name = "portal.files.store", havingValue = "s3")
    static class S3Store {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        S3Client portalFilesS3Client(FilesProperties properties) {
            FilesProperties.S3 s3 = properties.s3();
            S3ClientBuilder builder = S3Client.builder()
                    .region(Region.of(s3.region()))
                    .forcePathStyle(s3.pathStyle())
                    .credentialsProvider(credentials(s3));
            if (StringUtils.hasText(s3.endpoint())) {
                builder.endpointOverride(URI.create(s3.endpoint()));
            }
            return builder.build();
        }

        @Bean
        @ConditionalOnMissingBean(FileStore.class)
        S3FileStore s3FileStore(S3Client s3, FilesProperties properties) {
            if (!StringUtils.hasText(properties.s3().bucket())) {
                throw new IllegalStateException("portal.files.store=s3 needs portal.files.s3.bucket");
            }
            return new S3FileStore(s3, properties.s3().bucket(), properties.s3().prefix());
        }

        private static AwsCredentialsProvider credentials(FilesProperties.S3 s3) {
            if (StringUtils.hasText(s3.accessKey()) && StringUtils.hasText(s3.secretKey())) {
                return StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
            }
            return DefaultCredentialsProvider.builder().build();
        }
    }

    /** Fails the start-up with a reason instead of a bare "no FileStore bean". */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("software.amazon.awssdk.services.s3.S3Client")
    @ConditionalOnProperty(name = "portal.files.store", havingValue = "s3")
    static class S3Missing {
        S3Missing() {
            throw new IllegalStateException("portal.files.store=s3 but software.amazon.awssdk:s3 is not on the "
                    + "classpath; add it to the service's pom");
        }
    }
}
