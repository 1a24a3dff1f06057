package org.lerhub.engine.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lerhub.engine.search.SearchIndexer;
import org.lerhub.engine.store.Organizations;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.OrganizationId;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.VerificationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What learners decide: grant, narrow and revoke. Every change is saved with its history and then compiled
 * into the index entries of the learner's records before the call returns, so the next search obeys it.
 */
@Service
public class Consents {

    private final ConsentGrants grants;
    private final Records records;
    private final Organizations organizations;
    private final SearchIndexer indexer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Consents(ConsentGrants grants, Records records, Organizations organizations, SearchIndexer indexer,
                    TransactionTemplate transaction, Clock clock) {
        this.grants = grants;
        this.records = records;
        this.organizations = organizations;
        this.indexer = indexer;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Grant grant(LearnerId learner, GrantRequest request) {
        Instant now = clock.instant();
        validate(learner, request, now);
        Grant grant = new Grant(UUID.randomUUID().toString(), learner, request.employer(), request.scope(),
                request.kinds(), request.recordIds(), request.purpose(), request.includeEarnings(), request.oneTime(),
                request.expiresAt(), Grant.Status.ACTIVE, 1, now, now);
        transaction.executeWithoutResult(status -> grants.save(grant, "GRANTED"));
        indexer.reindexLearner(learner);
        return grant;
    }

    /**
     * Exactly what the employer would see under this request, without granting anything: the covered records in
     * the scope released (skills summary, earnings left out unless included). Invalid records are never released.
     *
     * @throws ConsentException when the request could not be granted
     */
    public List<LerRecord> preview(LearnerId learner, GrantRequest request) {
        Instant now = clock.instant();
        validate(learner, request, now);
        Grant draft = new Grant("preview", learner, request.employer(), request.scope(), request.kinds(),
                request.recordIds(), request.purpose(), request.includeEarnings(), request.oneTime(),
                request.expiresAt(), Grant.Status.ACTIVE, 0, now, now);
        return records.ofLearner(learner).stream()
                .filter(r -> r.verification() == null || r.verification().status() != VerificationStatus.INVALID)
                .filter(draft::covers).map(r -> Released.view(r, draft)).toList();
    }

    /**
     * Narrows a live grant: the new version may cover only records the old one covered, for no longer, and
     * may not add earnings. To widen, the learner grants anew.
     */
    public Grant narrow(LearnerId learner, String grantId, GrantRequest request) {
        Grant current = own(learner, grantId);
        Instant now = clock.instant();
        if (!current.isLive(now)) {
            throw new ConsentException("this grant is no longer live; grant anew instead");
        }
        if (request.employer() != null && !request.employer().equals(current.employerId())) {
            throw new ConsentException("a grant cannot move to another employer; grant anew instead");
        }
        GrantRequest narrowed = new GrantRequest(current.employerId(), request.scope(), request.kinds(),
                request.recordIds(), request.purpose() == null ? current.purpose() : request.purpose(),
                request.expiresAt(), current.oneTime(), request.includeEarnings());
        validate(learner, narrowed, now);
        Grant next = new Grant(current.id(), learner, current.employerId(), narrowed.scope(), narrowed.kinds(),
                narrowed.recordIds(), narrowed.purpose(), narrowed.includeEarnings(), current.oneTime(),
                narrowed.expiresAt(), Grant.Status.ACTIVE, current.version() + 1, current.createdAt(), now);
        List<LerRecord> mine = records.ofLearner(learner);
        boolean widens = mine.stream().anyMatch(r -> next.covers(r) && !current.covers(r))
                || (!current.releasesFullRecord() && next.releasesFullRecord())
                || (next.includeEarnings() && !current.includeEarnings())
                || (current.expiresAt() != null && (next.expiresAt() == null || next.expiresAt().isAfter(current.expiresAt())));
        if (widens) {
            throw new ConsentException("narrowing may only take away records, detail, earnings or time; "
                    + "to release more, make a new grant");
        }
        transaction.executeWithoutResult(status -> grants.save(next, "NARROWED"));
        indexer.reindexLearner(learner);
        return next;
    }

    public Grant revoke(LearnerId learner, String grantId) {
        return end(own(learner, grantId), Grant.Status.REVOKED, "REVOKED");
    }

    /** A one-time grant is used up by the employer's first look at a record. */
    public void used(Grant grant) {
        if (grant.oneTime() && grant.status() == Grant.Status.ACTIVE) {
            end(grant, Grant.Status.USED, "USED");
        }
    }

    public List<Grant> of(LearnerId learner) {
        return grants.ofLearner(learner);
    }

    public Grant own(LearnerId learner, String grantId) {
        return grants.find(grantId).filter(g -> g.learnerId().equals(learner))
                .orElseThrow(() -> new GrantNotFoundException(grantId));
    }

    private Grant end(Grant grant, Grant.Status status, String change) {
        Instant now = clock.instant();
        Grant ended = new Grant(grant.id(), grant.learnerId(), grant.employerId(), grant.scope(), grant.kinds(),
                grant.recordIds(), grant.purpose(), grant.includeEarnings(), grant.oneTime(), grant.expiresAt(), status,
                grant.version() + 1, grant.createdAt(), now);
        transaction.executeWithoutResult(s -> grants.save(ended, change));
        indexer.reindexLearner(grant.learnerId());
        return ended;
    }

    private void validate(LearnerId learner, GrantRequest request, Instant now) {
        if (request.employer() == null || organizations.find(OrganizationId.of(request.employer()))
                .filter(o -> o.type() == OrganizationType.EMPLOYER).isEmpty()) {
            throw new ConsentException("'" + request.employer() + "' is not an employer registered with this hub; "
                    + "see GET /api/v1/organizations?type=EMPLOYER");
        }
        if (request.scope() == null) {
            throw new ConsentException("say what to release: scope ALL, KINDS, RECORDS or SKILLS_SUMMARY");
        }
        if (request.scope() == GrantScope.KINDS && request.kinds().isEmpty()) {
            throw new ConsentException("scope KINDS needs at least one kind (ACHIEVEMENT, COURSE, EMPLOYMENT)");
        }
        if (request.scope() == GrantScope.RECORDS) {
            if (request.recordIds().isEmpty()) {
                throw new ConsentException("scope RECORDS needs at least one record id");
            }
            Set<RecordId> mine = new HashSet<>(records.ofLearner(learner).stream().map(LerRecord::id).toList());
            if (!mine.containsAll(request.recordIds())) {
                throw new ConsentException("you can only release your own records; some of these ids are not yours");
            }
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw new ConsentException("expiresAt is in the past; choose a later time or none");
        }
    }
}
