package org.alumniportal.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code portal.files.*}; every value can come from the environment ({@code PORTAL_FILES_S3_BUCKET}…).
 *
 * @param store {@code local} (default) or {@code s3}
 * @param localRoot folder of the local store; the starter's default is
 *        {@code ${PORTAL_DATA_DIR:./data}/files/${spring.application.name}}
 * @param maxCvSize largest accepted CV
 * @param maxImageSize largest accepted image
 */
@ConfigurationProperties("portal.files")
public record FilesProperties(
        @DefaultValue("local") String store,
        @DefaultValue("./data/files/portal-service") String localRoot,
        @DefaultValue("5MB") DataSize maxCvSize,
        @DefaultValue("2MB") DataSize maxImageSize,
        @DefaultValue S3 s3) {

    /**
     * @param endpoint e.g. {@code http://127.0.0.1:9000} for MinIO; empty for AWS itself
     * @param pathStyle true for MinIO and most S3-compatible servers
     * @param prefix prepended to every key (one bucket shared by several services)
     * @param accessKey with {@code secretKey}: static credentials; empty: the AWS default provider chain
     */
    public record S3(
            String endpoint,
            @DefaultValue("us-east-1") String region,
            String bucket,
            @DefaultValue("false") boolean pathStyle,
            @DefaultValue("") String prefix,
            String accessKey,
            String secretKey) {
    }
}
