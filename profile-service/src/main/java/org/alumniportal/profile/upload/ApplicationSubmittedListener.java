package org.alumniportal.profile.upload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.application.ApplicationWithdrawn;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.messaging.ProcessedEvents;

/**
 * A job application made with the profile's CV lets the job's poster read that CV, until the application is
 * withdrawn (the last one standing for the pair ends the grant).
 */
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
        if (ApplicationWithdrawn.TYPE.equals(envelope.type())) {
            ApplicationWithdrawn withdrawn = EventEnvelopes.payload(envelope, ApplicationWithdrawn.class);
            if (withdrawn.posterId() != null && withdrawn.applicantId() != null) {
                processed.runOnce(CONSUMER, envelope.id(), () -> grants.withdraw(withdrawn.posterId(),
                        withdrawn.applicantId(), withdrawn.jobId()));
            }
            return;
        }
        if (!ApplicationSubmitted.TYPE.equals(envelope.type())) {
            return;
        }
        ApplicationSubmitted event = EventEnvelopes.payload(envelope, ApplicationSubmitted.class);
        if ("UPLOAD".equals(event.cvSource())) {
            // That application carries its own CV (served by job-service): the profile's CV is not part of it.
            return;
        }
        if (event.posterId() == null || event.applicantId() == null) {
            log.warn("Ignoring {} {} without poster or applicant", envelope.type(), envelope.id());
            return;
        }
        processed.runOnce(CONSUMER, envelope.id(), () -> grants.grant(event.posterId(), event.applicantId(),
                event.jobId(), event.submittedAt() != null ? event.submittedAt() : envelope.time()));
    }
}
