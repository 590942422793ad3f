package org.alumniportal.auth.directory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.alumniportal.auth.identity.IdentityProvider;
import org.alumniportal.auth.identity.IdentityUser;
import org.alumniportal.platform.web.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies into the account records every Keycloak user they do not hold yet (accounts made before the records
 * existed), so that the admin list shows everyone. Runs in the background once the service is up and retries
 * with growing pauses while Keycloak is not reachable; once a pass has completed it is marked and never repeated
 * (every later account is recorded when it is made).
 */
@Component
class AccountBackfill implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AccountBackfill.class);
    private static final int PAGE = 100;
    private static final Duration MAX_PAUSE = Duration.ofMinutes(1);

    private final IdentityProvider identity;
    private final Accounts accounts;
    private final boolean enabled;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "account-backfill");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;

    AccountBackfill(IdentityProvider identity, Accounts accounts,
            @Value("${portal.auth.accounts.backfill:true}") boolean enabled) {
        this.identity = identity;
        this.accounts = accounts;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (enabled) {
            scheduler.execute(() -> attempt(Duration.ofSeconds(2)));
        }
    }

    private void attempt(Duration nextPause) {
        if (!running) {
            return;
        }
        try {
            int copied = run();
            log.info("Account records complete: {} copied from Keycloak", copied);
        } catch (RuntimeException e) {
            log.info("Account backfill not done yet ({}); retrying in {}", e.toString(), nextPause);
            Duration pause = nextPause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : nextPause;
            scheduler.schedule(() -> attempt(pause.multipliedBy(2)), pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** @return how many users were copied */
    int run() {
        if (accounts.backfilled()) {
            return 0;
        }
        PageResponse<IdentityUser> first = identity.listUsers(0, 1);
        if (first == null) {
            return 0;
        }
        int copied = 0;
        for (int page = 0; (long) page * PAGE < first.totalElements(); page++) {
            PageResponse<IdentityUser> users = identity.listUsers(page, PAGE);
            if (users == null || users.items().isEmpty()) {
                break;
            }
            copied += (int) users.items().stream().filter(accounts::copyIfMissing).count();
        }
        accounts.markBackfilled();
        return copied;
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
