package org.lerhub.engine.identity;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lerhub.engine.Sha256;
import org.lerhub.engine.store.Learners;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.Subject;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Which learner is a record about? Deterministic links only: a plain email, an identifier its issuing system
 * assigned (institution + student id, DID), an Open Badges salted email hash. Exactly one learner matched:
 * linked, and what the source adds (a new student id, say) is remembered for next time. Several matched, or
 * none matched but someone with the same name and birth date exists: an admin decides (never auto-linked).
 * Nothing matched at all: a new learner is created from what the source says. Call it inside the
 * transaction that stores the records, so a failed document leaves no learner behind.
 */
@Component
public class IdentityResolver {

    /** The outcome: linked to one learner, or waiting for an admin. */
    public sealed interface Resolution {
    }

    public record Linked(LearnerId learner) implements Resolution {
    }

    public record NeedsReview(String reason, List<LearnerId> candidates) implements Resolution {
    }

    private final Learners learners;
    private final Clock clock;

    public IdentityResolver(Learners learners, Clock clock) {
        this.learners = learners;
        this.clock = clock;
    }

    public Resolution resolve(Subject subject) {
        Set<LearnerId> matches = matches(subject);
        if (matches.size() > 1) {
            return new NeedsReview("the document's identifiers point at " + matches.size()
                    + " different learners", List.copyOf(matches));
        }
        if (matches.size() == 1) {
            LearnerId learner = matches.iterator().next();
            remember(learner, subject, false);
            return new Linked(learner);
        }
        List<LearnerId> lookalikes = subject.name() == null || subject.birthDate() == null ? List.of()
                : learners.byNameAndBirthDate(subject.name().given(), subject.name().family(), subject.birthDate());
        if (!lookalikes.isEmpty()) {
            return new NeedsReview("same name and birth date as an existing learner, but no identifier in common",
                    lookalikes);
        }
        LearnerId created = learners.create(subject.name(), subject.birthDate(), clock.instant());
        remember(created, subject, true);
        return new Linked(created);
    }

    private Set<LearnerId> matches(Subject subject) {
        Set<LearnerId> found = new LinkedHashSet<>();
        subject.emails().forEach(email -> learners.byEmail(email).ifPresent(found::add));
        for (Identifier identifier : subject.identifiers()) {
            if (identifier.hashed()) {
                byHashedEmail(identifier).ifPresent(found::add);
            } else if (isEmail(identifier)) {
                learners.byEmail(identifier.value()).ifPresent(found::add);
            } else {
                learners.byIdentifier(identifier).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<LearnerId> byHashedEmail(Identifier hashed) {
        String expected = hashed.value().toLowerCase(Locale.ROOT);
        String salt = hashed.salt() == null ? "" : hashed.salt();
        // a salted hash cannot be looked up; it is compared with every known email (fine for now, see README)
        return learners.emails().stream()
                .filter(owner -> expected.equals("sha256$" + Sha256.hex(owner.email() + salt)))
                .map(Learners.EmailOwner::learner).findFirst();
    }

    /**
     * Adds the subject's emails and identifiers that no learner has yet, so the next document links directly. A
     * learner just created must find none of them taken by another: then another document created the same person a
     * moment ago, and this resolution fails as the database does on such a clash (a {@link DuplicateKeyException})
     * so that the ingest makes it again, and links to that learner.
     */
    private void remember(LearnerId learner, Subject subject, boolean created) {
        subject.emails().stream().map(Learners::normalizeEmail).distinct()
                .filter(email -> unclaimed(learners.byEmail(email), learner, created, "the email " + email))
                .forEach(email -> learners.addEmail(learner, email));
        subject.identifiers().stream().filter(i -> !i.hashed()).forEach(identifier -> {
            if (isEmail(identifier)) {
                if (unclaimed(learners.byEmail(identifier.value()), learner, created, "the email " + identifier.value())) {
                    learners.addEmail(learner, identifier.value());
                }
            } else if (unclaimed(learners.byIdentifier(identifier), learner, created,
                    "the identifier " + identifier.value())) {
                learners.addIdentifier(learner, identifier);
            }
        });
    }

    private static boolean unclaimed(Optional<LearnerId> owner, LearnerId learner, boolean created, String what) {
        if (created && owner.isPresent() && !owner.get().equals(learner)) {
            throw new DuplicateKeyException(what + " belongs to a learner created by another document at the same"
                    + " moment");
        }
        return owner.isEmpty();
    }

    private static boolean isEmail(Identifier identifier) {
        String type = identifier.type() == null ? "" : identifier.type().toLowerCase(Locale.ROOT);
        return type.equals("email") || type.equals("emailaddress");
    }
}
