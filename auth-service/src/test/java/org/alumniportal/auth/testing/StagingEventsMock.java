package org.alumniportal.auth.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.outbox.EventPublisher;
import org.mockito.invocation.InvocationOnMock;

/**
 * A mock {@link EventPublisher} whose {@code publishWith}/{@code publishWhen} behave as on the embedded store: the
 * events are staged first ({@code stage}, which a test stubs to throw for an outbox that is down: the state change
 * then never runs), then the state change runs, and only if it succeeds each event goes through {@code publish},
 * so {@code verify(events).publish(...)} sees exactly the events that were released.
 */
public final class StagingEventsMock {

    private StagingEventsMock() {
    }

    public static EventPublisher create() {
        EventPublisher events = mock(EventPublisher.class);
        when(events.publishWith(anyString(), any(Supplier.class), any(DomainEvent[].class)))
                .thenAnswer(call -> stageThenRun(events, call, events(call.getRawArguments()[2])));
        when(events.publishWith(anyString(), any(Supplier.class), anyList()))
                .thenAnswer(call -> stageThenRun(events, call, ((List<?>) call.getArgument(2)).toArray()));
        when(events.publishWhen(anyString(), any(BooleanSupplier.class), any(DomainEvent[].class))).thenAnswer(call -> {
            Object[] staged = events(call.getRawArguments()[2]);
            events.stage(call.getArgument(0), asEvents(staged));
            boolean changed = ((BooleanSupplier) call.getArgument(1)).getAsBoolean();
            if (changed) {
                release(events, call.getArgument(0), staged);
            }
            return changed;
        });
        return events;
    }

    private static Object stageThenRun(EventPublisher events, InvocationOnMock call, Object[] staged) {
        events.stage(call.getArgument(0), asEvents(staged));
        Object result = ((Supplier<?>) call.getArgument(1)).get();
        release(events, call.getArgument(0), staged);
        return result;
    }

    private static void release(EventPublisher events, String subject, Object[] staged) {
        for (Object event : staged) {
            events.publish(subject, (DomainEvent) event);
        }
    }

    private static DomainEvent[] asEvents(Object[] staged) {
        DomainEvent[] typed = new DomainEvent[staged.length];
        for (int i = 0; i < staged.length; i++) {
            typed[i] = (DomainEvent) staged[i];
        }
        return typed;
    }

    private static Object[] events(Object raw) {
        return raw instanceof Object[] array ? array : new Object[] {raw};
    }
}
