package org.alumniportal.notification.mail;

import org.springframework.util.ClassUtils;

/**
 * Jakarta Mail 2.1 finds its {@code StreamProvider} anew for every body part it builds or writes
 * ({@code jakarta.mail.util.FactoryFinder}), through {@code ServiceLoader}, which reads every jar of the class path:
 * in the benchmark at 100 mails/s that lookup was a tenth of the service's CPU. {@code FactoryFinder} reads a system
 * property named after the interface first, so naming the implementation skips the scan. Someone else's setting
 * wins, and without Angus Mail on the class path nothing changes.
 */
final class StreamProviderLookup {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private StreamProviderLookup() {
    }

    static void skipServiceLoader() {
        if (System.getProperty(PROPERTY) == null
                && ClassUtils.isPresent(ANGUS, StreamProviderLookup.class.getClassLoader())) {
            System.setProperty(PROPERTY, ANGUS);
        }
    }
}
