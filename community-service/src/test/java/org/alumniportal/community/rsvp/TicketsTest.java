package org.alumniportal.community.rsvp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.alumniportal.platform.qr.QrCodes;
import org.junit.jupiter.api.Test;

class TicketsTest {

    private final Tickets tickets = new Tickets(new TicketProperties("test-ticket-signing-key-0123456789-abcdef"));

    @Test
    void uuidIdsMakeAShortTicketThatReadsBackAsTheSameEventAndPerson() {
        String event = UUID.randomUUID().toString();
        String user = UUID.randomUUID().toString();

        String token = tickets.sign(event, user);

        assertThat(token).hasSize(68);
        assertThat(QrCodes.version(token)).isLessThanOrEqualTo(5);
        assertThat(tickets.open(token)).contains(new Tickets.Ticket(event, user));
    }

    @Test
    void otherIdsReadBackUnchanged() {
        String user = "alum-" + UUID.randomUUID().toString().toUpperCase();

        assertThat(tickets.open(tickets.sign("evt-1", user))).contains(new Tickets.Ticket("evt-1", user));
    }

    @Test
    void aTicketSignedWithAnotherKeyOrChangedIsNotOpened() {
        String token = tickets.sign("evt-1", "user-1");
        Tickets other = new Tickets(new TicketProperties("another-ticket-signing-key-0123456789-xyz"));

        assertThat(other.open(token)).isEmpty();
        char tenth = token.charAt(10);
        assertThat(tickets.open(token.substring(0, 10) + (tenth == 'B' ? 'C' : 'B') + token.substring(11))).isEmpty();
        assertThat(tickets.open("not a token")).isEmpty();
    }
}
