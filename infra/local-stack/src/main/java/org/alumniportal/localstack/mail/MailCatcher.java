package org.alumniportal.localstack.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.alumniportal.localstack.FreePorts;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Catches every mail sent to its SMTP port (any sender, any recipient, no authentication) and shows it over
 * HTTP: {@code GET /api/messages?to=ADDRESS} (JSON, newest first), {@code DELETE /api/messages} (clears),
 * {@code GET /} (a page for people). Both ports bind 127.0.0.1 only.
 */
public final class MailCatcher implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer http;
    private final ExecutorService httpThreads;

    private MailCatcher(GreenMail smtp, HttpServer http, ExecutorService httpThreads) {
        this.smtp = smtp;
        this.http = http;
        this.httpThreads = httpThreads;
    }

    /**
     * Jakarta Mail finds its {@code StreamProvider} anew for every body part GreenMail parses, through a
     * {@code ServiceLoader} scan of every jar on the class path: at 40 mails/s that scan was a seventh of this
     * process's CPU (JFR). The lookup reads a system property named after the interface first; someone else's
     * setting wins.
     */
    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    /** Ports of 0 mean "any free one". */
    public static MailCatcher start(int smtpPort, int httpPort) {
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
        }
        GreenMail smtp = new GreenMail(new ServerSetup(FreePorts.orFree(smtpPort), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "mail-catcher-http");
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 16);
            MailCatcher catcher = new MailCatcher(smtp, http, threads);
            http.createContext("/api/messages", catcher::api);
            http.createContext("/", catcher::page);
            http.setExecutor(threads);
            http.start();
            return catcher;
        } catch (IOException e) {
            smtp.stop();
            threads.shutdownNow();
            throw new UncheckedIOException("mail catcher: cannot listen on 127.0.0.1:" + httpPort, e);
        }
    }

    public int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    public int httpPort() {
        return http.getAddress().getPort();
    }

    public String httpUrl() {
        return "http://127.0.0.1:" + httpPort();
    }

    /** Mails delivered to {@code to} (case-insensitive), or all when it is null or blank; newest first. */
    public List<CaughtMail> messages(String to) {
        String wanted = to == null || to.isBlank() ? null : to.strip().toLowerCase(Locale.ROOT);
        ImapHostManager mailboxes = smtp.getManagers().getImapHostManager();
        List<Delivered> delivered = new ArrayList<>();
        for (GreenMailUser user : smtp.getUserManager().listUser()) {
            String recipient = user.getEmail();
            if (wanted != null && !wanted.equals(recipient.toLowerCase(Locale.ROOT))) {
                continue;
            }
            try {
                // A copy taken under the folder's lock: getMessages() is a view of the live list, and a mail
                // arriving while it is read fails the reader with a ConcurrentModificationException.
                for (StoredMessage stored : mailboxes.getInbox(user).getNonDeletedMessages()) {
                    delivered.add(new Delivered(CaughtMail.of(recipient, stored.getMimeMessage(),
                            stored.getReceivedDate().toInstant()), stored.getUid()));
                }
            } catch (FolderException e) {
                throw new IllegalStateException("mail catcher: cannot read the inbox of " + recipient, e);
            }
        }
        // Newest first; within one mailbox the UID orders mails received in the same millisecond.
        delivered.sort(Comparator.comparing((Delivered d) -> d.mail().receivedAt()).thenComparingLong(Delivered::uid)
                .reversed());
        return delivered.stream().map(Delivered::mail).toList();
    }

    private record Delivered(CaughtMail mail, long uid) {
    }

    public void clear() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("mail catcher: cannot clear the mailboxes", e);
        }
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"/api/messages".equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, "application/json", "{\"error\":\"not found\"}");
            } else if ("GET".equals(exchange.getRequestMethod())) {
                send(exchange, 200, "application/json", MailJson.array(messages(queryParameter(exchange, "to"))));
            } else if ("DELETE".equals(exchange.getRequestMethod())) {
                clear();
                exchange.sendResponseHeaders(204, -1);
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, DELETE");
                send(exchange, 405, "application/json", "{\"error\":\"method not allowed\"}");
            }
        }
    }

    private void page(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"/".equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found");
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed");
            } else {
                String to = queryParameter(exchange, "to");
                send(exchange, 200, "text/html; charset=utf-8", InboxPage.render(messages(to), to));
            }
        }
    }

    /** A literal '+' stays a '+': it is common in addresses and a space never is. */
    static String queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (name.equals(key)) {
                String raw = eq < 0 ? "" : pair.substring(eq + 1);
                return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        httpThreads.shutdownNow();
        smtp.stop();
    }
}
