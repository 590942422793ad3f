package org.alumniportal.e2e;

import java.util.List;

/**
 * The one stack of a test run: started by the first class that asks for it (see {@link SharedStackExtension}),
 * stopped when JUnit closes its root store at the end of the run, or by {@link #down()} from the
 * last-ordered class, or by a shutdown hook if the JVM is ended first.
 */
final class SharedStack implements AutoCloseable {

    private final PortalStack stack;
    private final Http gateway;
    private final Accounts accounts;
    private final Thread shutdownHook;
    private boolean stopped;

    private SharedStack(PortalStack stack) {
        this.stack = stack;
        this.gateway = new Http(stack.gateway());
        this.accounts = new Accounts(gateway, new Http(stack.mailApi()));
        this.shutdownHook = new Thread(stack::down, "portal-e2e-down");
    }

    static SharedStack start() {
        // Only the walk's stack sweeps and resyncs this often (benchmarks keep the defaults: a resync every 2 s
        // walks 50,000 posts): community-service sweeps for due reminders every few seconds, since CommunityE2EIT
        // races two replicas' sweeps, and with two replicas a list learns the other's writes at its next resync.
        PortalStack stack = new PortalStack(PortalStack.rootFromSystemProperty())
                .with("PORTAL_COMMUNITY_REMINDERS_POLL", "PT5S")
                .with("PORTAL_COMMUNITY_INDEX_SYNC", "PT2S");
        System.out.println("[e2e] starting the stack; service logs in " + stack.logs());
        SharedStack shared = new SharedStack(stack);
        Runtime.getRuntime().addShutdownHook(shared.shutdownHook);
        try {
            stack.up();
        } catch (RuntimeException e) {
            shared.close();
            throw e;
        }
        System.out.printf("[e2e] ./portal up took %d s; resident memory of the suite: %d MiB%n",
                stack.upTime().toSeconds(), stack.residentMemoryMiB());
        return shared;
    }

    Http gateway() {
        return gateway;
    }

    /** The gateway's base address, e.g. {@code http://127.0.0.1:41234}. */
    String gatewayUrl() {
        return stack.gateway();
    }

    /** The mail catcher's HTTP API ({@code GET /api/messages?to=…}). */
    String mailApiUrl() {
        return stack.mailApi();
    }

    /** The stack's Kafka broker, to read a topic as a consuming service would. */
    String kafkaBootstrapServers() {
        return stack.kafkaBootstrapServers();
    }

    /** The Eureka server's base address ({@code /eureka/apps/…}). */
    String discoveryUrl() {
        return stack.discovery();
    }

    /** A second instance of a running service; the caller stops it ({@link ServiceReplica#close()}). */
    ServiceReplica startReplica(String service, java.util.Map<String, String> settings) {
        return stack.startReplica(service, settings);
    }

    Accounts accounts() {
        return accounts;
    }

    String logs() {
        return stack.logs().toString();
    }

    /** {@code ./portal down}, then every process the suite recorded (and their children) must be gone. */
    /** Every live process of the suite and everything it started. */
    List<ProcessHandle> processes() {
        return stack.processesWithDescendants();
    }

    /** {@code ./portal down}, the way a developer stops the stack; returns its exit code. */
    synchronized int down() {
        stopped = true;
        return stack.down();
    }

    @Override
    public synchronized void close() {
        boolean down = stopped;
        if (!stopped) {
            stopped = true;
            down = stack.down() == 0;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) already
        }
        if (down && stack.processesWithDescendants().isEmpty()) {
            stack.deleteAllButLogs();
        }
    }
}
