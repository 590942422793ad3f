package org.alumniportal.localstack.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MailCatcherTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private MailCatcher catcher;

    @BeforeEach
    void start() {
        catcher = MailCatcher.start(0, 0);
    }

    @AfterEach
    void stop() {
        catcher.close();
    }

    @Test
    void aMailSentOverSmtpIsReadBackOverHttpForItsRecipientNewestFirst() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        send("ada@example.edu", "Your code", "Your verification code is 123456.");
        send("bob@example.edu", "Not for Ada", "Hello Bob.");
        send("ada@example.edu", "Your new code", "Your verification code is 654321.");

        JsonNode adas = awaitMessages("ada@example.edu", 2);

        assertThat(adas.get(0).path("subject").asString()).isEqualTo("Your new code");
        assertThat(adas.get(0).path("text").asString()).isEqualTo("Your verification code is 654321.");
        assertThat(adas.get(0).path("from").asString()).isEqualTo("no-reply@alumni-portal.local");
        assertThat(adas.get(0).path("to").asString()).isEqualTo("ada@example.edu");
        assertThat(Instant.parse(adas.get(0).path("receivedAt").asString())).isAfter(before);
        assertThat(adas.get(1).path("subject").asString()).isEqualTo("Your code");
        assertThat(get("/api/messages").json().size()).isEqualTo(3);
    }

    @Test
    void jakartaMailsStreamProviderIsNamedSoParsingAMailScansNoJars() {
        // The name must be a class that is there: FactoryFinder would otherwise fail every parse, not fall back.
        assertThat(System.getProperty(MailCatcher.STREAM_PROVIDER_PROPERTY))
                .isEqualTo(MailCatcher.ANGUS_STREAM_PROVIDER);
        assertThat(jakarta.mail.util.StreamProvider.provider().getClass().getName())
                .isEqualTo(MailCatcher.ANGUS_STREAM_PROVIDER);
    }

    @Test
    void theRecipientFilterIgnoresCaseAndKeepsAPlusInTheAddress() throws Exception {
        send("Grace+Jobs@Example.edu", "Subscribed", "You will hear about jobs.");

        assertThat(awaitMessages("grace+jobs@example.edu", 1).get(0).path("subject").asString()).isEqualTo("Subscribed");
        assertThat(get("/api/messages?to=grace@example.edu").json().size()).isZero();
    }

    @Test
    void theTextOfAMultipartMailIsItsDecodedPlainTextPart() throws Exception {
        MimeMessage message = newMessage("ada@example.edu", "Grüße");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("Grüße, Ada — code 123456\nline two", "UTF-8");
        plain.setHeader("Content-Transfer-Encoding", "quoted-printable");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Grüße</p>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", plain, html));
        Transport.send(message);

        JsonNode mail = awaitMessages("ada@example.edu", 1).get(0);
        assertThat(mail.path("subject").asString()).isEqualTo("Grüße");
        assertThat(mail.path("text").asString()).isEqualTo("Grüße, Ada — code 123456\nline two");
    }

    @Test
    void anHtmlOnlyMailIsShownAsText() throws Exception {
        MimeMessage message = newMessage("ada@example.edu", "HTML only");
        message.setContent("<html><body><p>Reset your password:</p><p>token <b>abc</b></p></body></html>",
                "text/html; charset=UTF-8");
        Transport.send(message);

        assertThat(awaitMessages("ada@example.edu", 1).get(0).path("text").asString())
                .isEqualTo("Reset your password:\ntoken abc");
    }

    @Test
    void deletingTheMessagesEmptiesTheInbox() throws Exception {
        send("ada@example.edu", "Soon gone", "bye");
        awaitMessages("ada@example.edu", 1);

        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(uri("/api/messages")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(get("/api/messages").json().size()).isZero();
    }

    @Test
    void theInboxPageShowsAPersonsMailsWithMarkupEscaped() throws Exception {
        send("ada@example.edu", "<script>alert('subject')</script>", "Click <a href=\"x\">here</a> & 123456");
        awaitMessages("ada@example.edu", 1);

        Response page = get("/?to=ada@example.edu");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;")
                .contains("Click &lt;a href=&quot;x&quot;&gt;here&lt;/a&gt; &amp; 123456")
                .doesNotContain("<script>").doesNotContain("<a href=\"x\">");
    }

    @Test
    void readingTheInboxWhileMailsArriveNeverFails() throws Exception {
        send("ada@example.edu", "First", "1");
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (sending.get() && failure.get() == null) {
                try {
                    catcher.messages("ada@example.edu");
                } catch (RuntimeException e) {
                    failure.set(e);
                }
            }
        });
        reader.start();
        try {
            for (int i = 0; i < 150 && failure.get() == null; i++) {
                send("ada@example.edu", "Mail " + i, "text " + i);
            }
        } finally {
            sending.set(false);
            reader.join();
        }
        assertThat(failure.get()).isNull();
        assertThat(catcher.messages("ada@example.edu")).hasSizeGreaterThan(1);
    }

    @Test
    void unknownPathsAndMethodsAreRefused() throws Exception {
        assertThat(get("/api/nothing").status()).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/api/messages"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    private JsonNode awaitMessages(String to, int count) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> get("/api/messages?to=" + to).json(),
                messages -> messages.size() == count);
    }

    private void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = newMessage(to, subject);
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private MimeMessage newMessage(String to, String subject) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(catcher.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("no-reply@alumni-portal.local"));
        message.setRecipients(Message.RecipientType.TO, List.of(new InternetAddress(to)).toArray(InternetAddress[]::new));
        message.setSubject(subject, "UTF-8");
        return message;
    }

    private Response get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), json);
    }

    private URI uri(String path) {
        return URI.create(catcher.httpUrl() + path);
    }

    private record Response(int status, String body, JsonMapper mapper) {
        JsonNode json() {
            return mapper.readTree(body);
        }
    }
}
