package org.alumniportal.analytics.readmodel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A {@link PopulationState} as compact bytes: the fields of every record in declaration order, each distinct string
 * written once and then referred to by number (ids recur as keys and in other records; roles, skills, places and
 * statuses recur everywhere), deflated at the fastest level. Measured at 100,000 users this replaced gzipped JSON
 * whose save took seconds of CPU (150 MB of JSON text, then compressed) and whose restore took longer still; the
 * restored strings are shared as well, so the models take less heap after a restart than after a replay.
 * <p>
 * The layout has no field names: bump {@link #FORMAT} with any change to a record or to the order below (a
 * checkpoint of another format is not restored; the models are replayed from offset 0).
 */
final class CheckpointCodec {

    /** Version of the byte layout; a checkpoint head records it. */
    static final int FORMAT = 1;

    private static final int MAGIC = 0x41504350; // "APCP"

    private CheckpointCodec() {
    }

    static byte[] encode(PopulationState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        // Buffered in front of the deflater: it would otherwise be called once per byte of a count or a flag.
        try (CompactOutput out = new CompactOutput(new DataOutputStream(
                new BufferedOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16), 1 << 16)))) {
            out.number(MAGIC);
            out.number(FORMAT);
            out.map(state.accounts(), (o, a) -> {
                o.string(a.userId());
                o.string(a.role());
                o.string(a.status());
                o.instant(a.registeredAt());
                o.instant(a.changedAt());
            });
            out.map(state.profiles(), (o, p) -> {
                o.string(p.userId());
                o.string(p.role());
                o.string(p.name());
                o.string(p.company());
                o.string(p.currentRole());
                o.string(p.location());
                o.integer(p.batchYear());
                o.strings(p.skills());
                o.string(p.visibility());
                o.bool(p.verified());
                o.bool(p.rejected());
                o.number(p.completion());
                o.count(p.experience().size());
                for (ProfileFacts.Job job : p.experience()) {
                    o.string(job.company());
                    o.string(job.role());
                    o.string(job.start());
                    o.string(job.end());
                }
                o.string(p.industry());
                o.bool(p.deleted());
                o.instant(p.createdAt());
                o.instant(p.eventTime());
                o.instant(p.completeSince());
                o.string(p.verificationStatus());
            });
            out.map(state.jobs(), (o, j) -> {
                o.string(j.jobId());
                o.string(j.title());
                o.string(j.company());
                o.string(j.location());
                o.string(j.jobType());
                o.bool(j.remote());
                o.strings(j.skills());
                o.string(j.postedBy());
                o.instant(j.postedAt());
                o.instant(j.deadline());
                o.bool(j.closed());
                o.string(j.industry());
                o.instant(j.changedAt());
            });
            out.map(state.applications(), (o, a) -> {
                o.string(a.applicationId());
                o.string(a.jobId());
                o.string(a.applicantId());
                o.string(a.status());
                o.instant(a.submittedAt());
                o.instant(a.statusAt());
            });
            out.map(state.events(), (o, e) -> {
                o.string(e.eventId());
                o.string(e.title());
                o.string(e.eventType());
                o.string(e.location());
                o.bool(e.virtual());
                o.instant(e.startDate());
                o.integer(e.maxAttendees());
                o.string(e.createdBy());
                o.instant(e.createdAt());
                o.bool(e.cancelled());
                o.instant(e.changedAt());
            });
            out.map(state.rsvps(), (o, r) -> {
                o.string(r.eventId());
                o.string(r.userId());
                o.string(r.status());
                o.instant(r.at());
                o.instant(r.firstAttendingAt());
                o.instant(r.checkedInAt());
            });
            out.map(state.mentors(), (o, m) -> {
                o.string(m.mentorId());
                o.strings(m.expertise());
                o.number(m.maxMentees());
                o.bool(m.available());
            });
            out.map(state.mentorships(), (o, m) -> {
                o.string(m.id());
                o.string(m.mentorId());
                o.string(m.menteeId());
                o.string(m.status());
                o.instant(m.requestedAt());
                o.instant(m.acceptedAt());
                o.instant(m.endedAt());
            });
            out.map(state.sessions(), (o, s) -> {
                o.string(s.sessionId());
                o.string(s.mentorshipId());
                o.string(s.mentorId());
                o.string(s.menteeId());
                o.string(s.status());
                o.instant(s.scheduledAt());
                o.instant(s.completedAt());
                o.integer(s.rating());
            });
            out.map(state.contributions(), (o, c) -> {
                o.string(c.id());
                o.count(c.kind().ordinal());
                o.string(c.authorId());
                o.instant(c.at());
                o.bool(c.removed());
            });
            out.map(state.lastActivity(), CompactOutput::instant);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    static PopulationState decode(byte[] bytes) {
        Inflater inflater = new Inflater();
        try (CompactInput in = new CompactInput(new DataInputStream(new BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(bytes), inflater, 1 << 16), 1 << 16)))) {
            if (in.number() != MAGIC || in.number() != FORMAT) {
                throw new IOException("not a read-model checkpoint of format " + FORMAT);
            }
            Map<String, UserAccount> accounts = in.map(i -> new UserAccount(i.string(), i.string(), i.string(),
                    i.instant(), i.instant()));
            Map<String, ProfileFacts> profiles = in.map(i -> {
                String userId = i.string();
                String role = i.string();
                String name = i.string();
                String company = i.string();
                String currentRole = i.string();
                String location = i.string();
                Integer batchYear = i.integer();
                List<String> skills = i.strings();
                String visibility = i.string();
                boolean verified = i.bool();
                boolean rejected = i.bool();
                int completion = i.number();
                int jobs = i.count();
                List<ProfileFacts.Job> experience = new ArrayList<>(jobs);
                for (int j = 0; j < jobs; j++) {
                    experience.add(new ProfileFacts.Job(i.string(), i.string(), i.string(), i.string()));
                }
                return new ProfileFacts(userId, role, name, company, currentRole, location, batchYear, skills,
                        visibility, verified, rejected, completion, experience, i.string(), i.bool(), i.instant(),
                        i.instant(), i.instant(), i.string());
            });
            Map<String, JobFacts> jobs = in.map(i -> new JobFacts(i.string(), i.string(), i.string(), i.string(),
                    i.string(), i.bool(), i.strings(), i.string(), i.instant(), i.instant(), i.bool(), i.string(),
                    i.instant()));
            Map<String, ApplicationFacts> applications = in.map(i -> new ApplicationFacts(i.string(), i.string(),
                    i.string(), i.string(), i.instant(), i.instant()));
            Map<String, CommunityEvent> events = in.map(i -> new CommunityEvent(i.string(), i.string(), i.string(),
                    i.string(), i.bool(), i.instant(), i.integer(), i.string(), i.instant(), i.bool(), i.instant()));
            Map<String, Rsvp> rsvps = in.map(i -> new Rsvp(i.string(), i.string(), i.string(), i.instant(),
                    i.instant(), i.instant()));
            Map<String, Mentor> mentors = in.map(i -> new Mentor(i.string(), i.strings(), i.number(),
                    i.bool()));
            Map<String, Mentorship> mentorships = in.map(i -> new Mentorship(i.string(), i.string(), i.string(),
                    i.string(), i.instant(), i.instant(), i.instant()));
            Map<String, MentoringSession> sessions = in.map(i -> new MentoringSession(i.string(), i.string(),
                    i.string(), i.string(), i.string(), i.instant(), i.instant(), i.integer()));
            Map<String, Contribution> contributions = in.map(i -> new Contribution(i.string(),
                    Contribution.Kind.values()[i.count()], i.string(), i.instant(), i.bool()));
            Map<String, Instant> lastActivity = in.map(CompactInput::instant);
            return new PopulationState(accounts, profiles, jobs, applications, events, rsvps, mentors, mentorships,
                    sessions, contributions, lastActivity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inflater.end();
        }
    }
}
