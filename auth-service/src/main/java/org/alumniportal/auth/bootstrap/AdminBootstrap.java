package org.alumniportal.auth.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.alumniportal.auth.directory.Accounts;
import org.alumniportal.auth.identity.Emails;
import org.alumniportal.auth.identity.IdentityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs {@link AdminAccount#ensure} in the background once the service is up, retrying with growing pauses
 * (Keycloak often starts after this service), so start-up never waits for or fails on Keycloak.
 */
@Component
class AdminBootstrap implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final IdentityProvider identity;
    private final AdminProperties admin;
    private final Accounts accounts;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "admin-bootstrap");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;
    private volatile boolean done;

    AdminBootstrap(IdentityProvider identity, AdminProperties admin, Accounts accounts) {
        this.identity = identity;
        this.admin = admin;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!admin.bootstrap()) {
            log.info("Bootstrap admin disabled (portal.auth.admin.bootstrap=false)");
            return;
        }
        if (admin.password() == null || admin.password().isBlank()) {
            log.warn("Bootstrap admin skipped: PORTAL_ADMIN_PASSWORD is not set");
            return;
        }
        scheduler.execute(() -> attempt(1, admin.firstRetry()));
    }

    private void attempt(int number, Duration nextPause) {
        if (!running) {
            return;
        }
        try {
            AdminAccount.Ensured ensured = AdminAccount.ensure(identity, admin);
            accounts.bootstrapAdmin(ensured.userId(), Emails.normalize(admin.email()), admin.fullName());
            done = true;
            log.info("Bootstrap admin {}: user {}", ensured.created() ? "created" : "present", ensured.userId());
        } catch (RuntimeException e) {
            if (number == 1) {
                log.warn("Bootstrap admin not set up yet ({}); retrying in the background", e.toString());
            } else {
                log.debug("Bootstrap admin attempt {} failed: {}", number, e.toString());
            }
            Duration pause = nextPause.compareTo(admin.maxRetry()) > 0 ? admin.maxRetry() : nextPause;
            scheduler.schedule(() -> attempt(number + 1, pause.multipliedBy(2)), pause.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    boolean done() {
        return done;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
