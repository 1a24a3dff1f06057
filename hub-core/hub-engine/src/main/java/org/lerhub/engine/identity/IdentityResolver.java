package org.lerhub.engine.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.lerhub.engine.Sha256;
import org.lerhub.engine.store.Learners;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.Subject;
import org.springframework.stereotype.Component;

/**
 * Which learner is a record about? First by a plain email, then by an identifier its issuing system assigned
 * (institution + student id), then by an Open Badges salted email hash; when nothing matches, a new learner
 * is created from what the source says, so the record is never orphaned. Call it inside the transaction that
 * stores the records, so a failed document leaves no learner behind.
 */
@Component
public class IdentityResolver {

    private final Learners learners;
    private final Clock clock;

    public IdentityResolver(Learners learners, Clock clock) {
        this.learners = learners;
        this.clock = clock;
    }

    public LearnerId resolve(Subject subject) {
        return match(subject).orElseGet(() -> register(subject));
    }

    private Optional<LearnerId> match(Subject subject) {
        for (String email : subject.emails()) {
            Optional<LearnerId> found = learners.byEmail(email);
            if (found.isPresent()) {
                return found;
            }
        }
        for (Identifier identifier : subject.identifiers()) {
            if (identifier.hashed()) {
                continue;
            }
            Optional<LearnerId> found = isEmail(identifier) ? learners.byEmail(identifier.value())
                    : learners.byIdentifier(identifier);
            if (found.isPresent()) {
                return found;
            }
        }
        return subject.identifiers().stream().filter(Identifier::hashed).map(this::byHashedEmail)
                .flatMap(Optional::stream).findFirst();
    }

    private Optional<LearnerId> byHashedEmail(Identifier hashed) {
        String expected = hashed.value().toLowerCase(Locale.ROOT);
        String salt = hashed.salt() == null ? "" : hashed.salt();
        // a salted hash cannot be looked up; it is compared with every known email (fine for now, see README)
        return learners.emails().stream()
                .filter(owner -> expected.equals("sha256$" + Sha256.hex(owner.email() + salt)))
                .map(Learners.EmailOwner::learner).findFirst();
    }

    private LearnerId register(Subject subject) {
        LearnerId learner = learners.create(subject.name(), subject.birthDate(), clock.instant());
        subject.emails().stream().map(Learners::normalizeEmail).distinct().forEach(e -> learners.addEmail(learner, e));
        subject.identifiers().stream().filter(i -> !i.hashed()).forEach(identifier -> {
            if (isEmail(identifier)) {
                if (learners.byEmail(identifier.value()).isEmpty()) {
                    learners.addEmail(learner, identifier.value());
                }
            } else if (learners.byIdentifier(identifier).isEmpty()) {
                learners.addIdentifier(learner, identifier);
            }
        });
        return learner;
    }

    private static boolean isEmail(Identifier identifier) {
        String type = identifier.type() == null ? "" : identifier.type().toLowerCase(Locale.ROOT);
        return type.equals("email") || type.equals("emailaddress");
    }
}
