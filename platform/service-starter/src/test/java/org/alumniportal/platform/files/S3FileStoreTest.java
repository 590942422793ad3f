package org.alumniportal.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

import org.alumniportal.platform.web.PortalException;

class S3FileStoreTest {

    private final S3Client s3 = mock(S3Client.class);
    private final S3FileStore store = new S3FileStore(s3, "portal-files", "profile-service/");

    @Test
    void putWritesThePrefixedObjectWithTypeAndDigest() {
        byte[] pdf = TestFiles.pdf();

        StoredFile stored = store.put("cv/u1/a.pdf", pdf, FileTypes.PDF, "cv.pdf");

        ArgumentCaptor<PutObjectRequest> request = ArgumentCaptor.forClass(PutObjectRequest.class);
        verify(s3).putObject(request.capture(), any(RequestBody.class));
        assertThat(request.getValue().bucket()).isEqualTo("portal-files");
        assertThat(request.getValue().key()).isEqualTo("profile-service/cv/u1/a.pdf");
        assertThat(request.getValue().contentType()).isEqualTo(FileTypes.PDF);
        assertThat(request.getValue().metadata()).containsEntry("sha256", stored.sha256());
        assertThat(stored.size()).isEqualTo(pdf.length);
    }

    @Test
    void aMissingObjectOpensAsEmpty() {
        when(s3.getObject(any(GetObjectRequest.class))).thenThrow(NoSuchKeyException.builder().build());

        assertThat(store.open("cv/u1/missing.pdf")).isEmpty();
    }

    @Test
    void traversalKeysNeverReachTheBucket() {
        assertThatThrownBy(() -> store.put("../other-service/x", new byte[] {1}, "x/y", null))
                .isInstanceOf(PortalException.class);
        verifyNoInteractions(s3);
    }
}
