package org.alumniportal.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class FilesAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FilesAutoConfiguration.class));

    @Test
    void localDiskIsTheDefaultStoreAtTheConfiguredRoot() {
        runner.withPropertyValues("portal.files.local-root=/tmp/portal-files-test", "portal.files.max-cv-size=1MB")
                .run(context -> {
                    assertThat(context.getBean(FileStore.class)).isInstanceOf(LocalDiskFileStore.class);
                    assertThat(context.getBean(LocalDiskFileStore.class).root())
                            .isEqualTo(Path.of("/tmp/portal-files-test"));
                    assertThat(context.getBean(FileTypes.class).maxBytes(FileKind.CV)).isEqualTo(1024 * 1024);
                });
    }

    @Test
    void s3StoreIsChosenByProperty() {
        runner.withPropertyValues("portal.files.store=s3", "portal.files.s3.bucket=portal",
                "portal.files.s3.endpoint=http://127.0.0.1:9", "portal.files.s3.path-style=true",
                "portal.files.s3.access-key=a", "portal.files.s3.secret-key=b")
                .run(context -> assertThat(context.getBean(FileStore.class)).isInstanceOf(S3FileStore.class));
    }
}
