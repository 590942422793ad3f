package org.alumniportal.platform.test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.alumniportal.platform.outbox.OutboxEntry;
import org.mockito.Mockito;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

/**
 * {@code @Import} it into an {@code *IT} to make the service's MongoDB writes fail on demand: the outbox refusing
 * entries ({@link #refuseOutboxWrites}), or updates of one document type failing ({@link #failUpdatesOf}).
 * The template is stubbed once, before any thread uses it, and switched by flags afterwards: stubbing a spy while
 * the outbox relay and the Kafka listeners call it from their own threads is not safe.
 */
public class MongoFailures implements BeanPostProcessor {

    private final AtomicBoolean outboxDown = new AtomicBoolean();
    private final Set<Class<?>> failingUpdates = ConcurrentHashMap.newKeySet();

    /** From now on every outbox entry write fails as if the database were unreachable. */
    public void refuseOutboxWrites() {
        outboxDown.set(true);
    }

    /** From now on {@code updateFirst} on documents of {@code type} fails as if the database were unreachable. */
    public void failUpdatesOf(Class<?> type) {
        failingUpdates.add(type);
    }

    /** Every write works again. */
    public void heal() {
        outboxDown.set(false);
        failingUpdates.clear();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof MongoTemplate template) || Mockito.mockingDetails(bean).isMock()) {
            return bean;
        }
        MongoTemplate failing = Mockito.spy(template);
        doAnswer(call -> {
            if (outboxDown.get() && call.getArgument(0) instanceof OutboxEntry) {
                throw new DataAccessResourceFailureException("outbox unavailable (MongoFailures)");
            }
            return call.callRealMethod();
        }).when(failing).insert(any(Object.class));
        doAnswer(call -> {
            if (failingUpdates.contains((Class<?>) call.getArgument(2))) {
                throw new DataAccessResourceFailureException("updates unavailable (MongoFailures)");
            }
            return call.callRealMethod();
        }).when(failing).updateFirst(any(Query.class), any(UpdateDefinition.class), any(Class.class));
        return failing;
    }
}
