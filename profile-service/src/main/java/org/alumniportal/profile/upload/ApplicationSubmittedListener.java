package org.alumniportal.profile.upload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.messaging.ProcessedEvents;

/** A job application lets the job's poster read the applicant's CV from then on. */
@Component
class ApplicationSubmittedListener {

    static final String CONSUMER = "profile-cv-grant-on-application";
    private static final Logger log = LoggerFactory.getLogger(ApplicationSubmittedListener.class);

    private final CvAccessGrants grants;
    private final ProcessedEvents processed;

    ApplicationSubmittedListener(CvAccessGrants grants, ProcessedEvents processed) {
        this.grants = grants;
        this.processed = processed;
    }

    @KafkaListener(topics = Topics.APPLICATION, groupId = "profile-service-cv-grants")
    void on(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        if (!ApplicationSubmitted.TYPE.equals(envelope.type())) {
            return;
        }
        ApplicationSubmitted event = EventEnvelopes.payload(envelope, ApplicationSubmitted.class);
        if (event.posterId() == null || event.applicantId() == null) {
            log.warn("Ignoring {} {} without poster or applicant", envelope.type(), envelope.id());
            return;
        }
        processed.runOnce(CONSUMER, envelope.id(), () -> grants.grant(event.posterId(), event.applicantId(),
                event.jobId(), event.submittedAt() != null ? event.submittedAt() : envelope.time()));
    }
}
