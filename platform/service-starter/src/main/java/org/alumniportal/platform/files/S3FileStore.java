package org.alumniportal.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Files in an S3-compatible bucket (AWS, MinIO, Ceph…), objects named {@code <prefix><key>}. S3 makes a PUT
 * visible only once complete, which gives the same all-or-nothing guarantee as the local store.
 */
public class S3FileStore implements FileStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3FileStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
    }

    @Override
    public StoredFile put(String key, byte[] content, String contentType, String originalName) {
        Map<String, String> metadata = new HashMap<>();
        String sha256 = FileDigests.sha256Hex(content);
        metadata.put("sha256", sha256);
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(objectKey(key)).contentType(contentType)
                .contentLength((long) content.length).metadata(metadata).build(), RequestBody.fromBytes(content));
        return new StoredFile(key, contentType, content.length, sha256, originalName);
    }

    /** Buffers the stream: S3 needs the length up front, and uploads are size-capped by {@link FileTypes}. */
    @Override
    public StoredFile put(String key, InputStream content, String contentType, String originalName) {
        try {
            return put(key, content.readAllBytes(), contentType, originalName);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read upload for " + key, e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        try {
            return Optional.of(s3.getObject(GetObjectRequest.builder().bucket(bucket).key(objectKey(key)).build()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean delete(String key) {
        String objectKey = objectKey(key);
        boolean existed;
        try {
            s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(objectKey).build());
            existed = true;
        } catch (NoSuchKeyException e) {
            existed = false;
        }
        s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(objectKey).build());
        return existed;
    }

    private String objectKey(String key) {
        return prefix + FileKeys.requireSafe(key);
    }
}
