package org.lerhub.engine.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lerhub.engine.Sha256;
import org.lerhub.engine.audit.DisclosureLog;
import org.lerhub.engine.search.SearchIndexer;
import org.lerhub.engine.store.Learners;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.DocumentId;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.RecordId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** What people decide about identity: an admin resolving a review, a learner claiming records with a code. */
@Service
public class IdentityDecisions {

    /** Claim codes are typed by people: no 0/O or 1/I/L to confuse. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 12;
    private static final Duration CODE_LIFETIME = Duration.ofDays(30);

    private final IdentityReviews reviews;
    private final ClaimCodes claimCodes;
    private final Records records;
    private final Learners learners;
    private final SearchIndexer indexer;
    private final DisclosureLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public IdentityDecisions(IdentityReviews reviews, ClaimCodes claimCodes, Records records, Learners learners,
                             SearchIndexer indexer, DisclosureLog audit, TransactionTemplate transaction, Clock clock) {
        this.reviews = reviews;
        this.claimCodes = claimCodes;
        this.records = records;
        this.learners = learners;
        this.indexer = indexer;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Links a review's records to the chosen learner, or to a new learner when none is chosen, and writes the
     * decision to the audit chain (whether the API or a page asked).
     *
     * @throws IllegalArgumentException when the review is not open or the learner does not exist
     */
    public LearnerId resolve(String reviewId, Optional<LearnerId> chosen, String actor) {
        IdentityReviews.Review review = reviews.find(reviewId).filter(r -> r.status().equals("OPEN"))
                .orElseThrow(() -> new IllegalArgumentException("no open identity review " + reviewId));
        LearnerId learner = transaction.execute(status -> {
            LearnerId target = chosen.map(id -> learners.find(id).map(Learners.LearnerSummary::id).orElseThrow(
                    () -> new IllegalArgumentException("no learner " + id.value())))
                    .orElseGet(() -> newLearnerFrom(review.recordIds()));
            records.relink(review.recordIds(), target);
            reviews.resolved(reviewId, target, actor, clock.instant());
            return target;
        });
        indexer.reindexLearner(learner);
        audit.append("IDENTITY_REVIEW_RESOLVED", learner.value(), null, actor, null, List.of(), "review " + reviewId);
        return learner;
    }

    private LearnerId newLearnerFrom(List<RecordId> recordIds) {
        LerRecord first = records.find(recordIds.get(0)).orElseThrow();
        return learners.create(first.subject().name(), first.subject().birthDate(), clock.instant());
    }

    /** A claim code for a document's records, for the agency to hand to the learner; valid 30 days, once. */
    public Claim issueClaimCode(DocumentId document, String agencyId) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        String readable = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
        Instant expiresAt = clock.instant().plus(CODE_LIFETIME);
        claimCodes.add(hash(readable), document, agencyId, expiresAt);
        return new Claim(readable, expiresAt);
    }

    /** A claim code as issued. */
    public record Claim(String code, Instant expiresAt) {
    }

    /**
     * Moves the records of the code's document to the learner.
     *
     * @return the records claimed; empty when the code is unknown, used or expired
     */
    public List<RecordId> redeem(String code, LearnerId learner) {
        Set<LearnerId> previous = new HashSet<>();
        List<RecordId> claimed = transaction.execute(status -> claimCodes.use(hash(code), learner.value(), clock.instant())
                .map(document -> {
                    List<RecordId> ids = records.idsOfDocument(document);
                    ids.forEach(id -> records.find(id).map(r -> r.subject().learnerId()).ifPresent(previous::add));
                    records.relink(ids, learner);
                    return ids;
                }).orElse(List.of()));
        previous.forEach(indexer::reindexLearner);
        indexer.reindexLearner(learner);
        return claimed;
    }

    private static String hash(String code) {
        return Sha256.hex(code.trim().toUpperCase(Locale.ROOT).replace(" ", ""));
    }
}
