package org.alumniportal.notification.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alumniportal.notification.config.NotificationProperties;
import org.alumniportal.notification.notification.NewNotification;
import org.alumniportal.notification.notification.NotificationType;
import org.alumniportal.notification.notification.Priority;
import org.alumniportal.notification.recipient.Recipients;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.springframework.stereotype.Component;

/**
 * JOB_MATCH: a new job against every recipient's profile skills ({@link SkillMatch}), students and alumni only,
 * never the poster, at most {@link JobMatchCap} a day per user.
 */
@Component
class JobMatches {

    private static final List<String> SEEKERS = List.of("STUDENT", "ALUMNI");

    private final Recipients recipients;
    private final SkillNormalizer skills;
    private final JobMatchCap cap;
    private final double threshold;

    JobMatches(Recipients recipients, SkillNormalizer skills, JobMatchCap cap, NotificationProperties properties) {
        this.recipients = recipients;
        this.skills = skills;
        this.cap = cap;
        this.threshold = properties.jobMatchThreshold();
    }

    List<NewNotification> notificationsFor(EventEnvelope envelope, JobPosted job) {
        List<String> required = skills.normalizeAll(job.skillsRequired() == null ? List.of() : job.skillsRequired());
        List<NewNotification> result = new ArrayList<>();
        recipients.forEachWithSkills(recipient -> {
            if (recipient.getUserId().equals(job.postedBy())
                    || (recipient.getRole() != null && !SEEKERS.contains(recipient.getRole()))) {
                return;
            }
            List<String> common = SkillMatch.matching(required, recipient.getSkills(), threshold);
            if (!common.isEmpty() && cap.tryTake(recipient.getUserId())) {
                result.add(new NewNotification(envelope.id(), recipient.getUserId(), NotificationType.JOB_MATCH,
                        "New job for your skills: " + job.title(),
                        job.company() + (job.location() == null ? "" : ", " + job.location()) + " is looking for "
                                + String.join(", ", common) + ".",
                        "/jobs/" + job.jobId(), Priority.LOW,
                        Map.of("jobId", job.jobId(), "matchedSkills", String.join(",", common))));
            }
        });
        return result;
    }
}
