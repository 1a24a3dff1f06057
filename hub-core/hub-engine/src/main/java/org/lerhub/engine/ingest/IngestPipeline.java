package org.lerhub.engine.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.lerhub.engine.LerProperties;
import org.lerhub.engine.Sha256;
import org.lerhub.engine.connector.Connectors;
import org.lerhub.engine.identity.IdentityResolver;
import org.lerhub.engine.identity.IdentityReviews;
import org.lerhub.engine.search.SearchIndexer;
import org.lerhub.engine.store.DeadLetter;
import org.lerhub.engine.store.DeadLetters;
import org.lerhub.engine.store.DocumentStatus;
import org.lerhub.engine.store.Documents;
import org.lerhub.engine.store.Records;
import org.lerhub.engine.store.StoredDocument;
import org.lerhub.engine.trust.TrustedIssuers;
import org.lerhub.engine.verification.Delivery;
import org.lerhub.engine.verification.DocumentVerifier;
import org.lerhub.mapping.Mappers;
import org.lerhub.mapping.MappingContext;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.schema.DocumentId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Provenance;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.Subject;
import org.lerhub.schema.TrustLevel;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one ingest pipeline: inbound document → detect format → mapper → verifier → identity → store → index.
 *
 * <p>The original is stored before anything else, so every accepted document ends as stored records or as a
 * dead letter with its reason, also across a crash (see {@link IngestRecovery}). The same bytes from the same
 * agency are one document: receiving them again returns the first outcome. A document completes once: when two
 * runs meet over it (two replicas, recovery and a second delivery), the first to record its outcome wins and the
 * other writes nothing, so records and dead letters are never doubled.
 */
@Service
public class IngestPipeline {

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);
    /** a part whose learner another document created at the same moment is stored again, this many times in all */
    private static final int STORE_ATTEMPTS = 3;

    private final Documents documents;
    private final Records records;
    private final DeadLetters deadLetters;
    private final Mappers mappers;
    private final MappingContext mappingContext;
    private final DocumentVerifier verifier;
    private final IdentityResolver identity;
    private final IdentityReviews identityReviews;
    private final SearchIndexer indexer;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final long maxDocumentBytes;
    private final IngestMetrics metrics;
    private final TrustedIssuers trustedIssuers;
    private final Connectors connectors;

    public IngestPipeline(Documents documents, Records records, DeadLetters deadLetters, Mappers mappers,
                          MappingContext mappingContext,
                          DocumentVerifier verifier, IdentityResolver identity, IdentityReviews identityReviews,
                          SearchIndexer indexer,
                          TransactionTemplate transaction, JsonMapper json, Clock clock, LerProperties properties,
                          IngestMetrics metrics, TrustedIssuers trustedIssuers, Connectors connectors) {
        this.documents = documents;
        this.records = records;
        this.deadLetters = deadLetters;
        this.mappers = mappers;
        this.mappingContext = mappingContext;
        this.verifier = verifier;
        this.identity = identity;
        this.identityReviews = identityReviews;
        this.indexer = indexer;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
        this.maxDocumentBytes = properties.ingest().maxDocumentSize().toBytes();
        this.metrics = metrics;
        this.trustedIssuers = trustedIssuers;
        this.connectors = connectors;
    }

    public IngestOutcome ingest(InboundDocument inbound) {
        long started = System.nanoTime();
        IngestOutcome outcome = receiveAndProcess(inbound);
        metrics.record(outcome, inbound, Duration.ofNanos(System.nanoTime() - started));
        return outcome;
    }

    private IngestOutcome receiveAndProcess(InboundDocument inbound) {
        byte[] content = inbound.content();
        if (content.length > maxDocumentBytes) {
            throw new DocumentTooLargeException(content.length, maxDocumentBytes);
        }
        StoredDocument candidate = new StoredDocument(DocumentId.random(), inbound.agencyId(), inbound.connectorId(),
                Sha256.hex(content), content.length, inbound.mediaType(), inbound.fileName(), inbound.formatId(),
                DocumentStatus.RECEIVED, clock.instant(), null, null);
        Documents.Received received;
        try {
            received = documents.receive(candidate, content, inbound.detachedSignature());
        } catch (DuplicateKeyException sameBytesAtTheSameTime) {
            received = new Documents.Received(
                    documents.find(candidate.agencyId(), candidate.sha256()).orElseThrow(), false);
        }
        StoredDocument document = received.document();
        if (received.isNew()) {
            return process(document, content);
        }
        if (document.status() == DocumentStatus.RECEIVED) {
            // interrupted (its replica died) or in progress elsewhere: finishing it here is safe, one run completes it
            process(document, content);
        }
        return describe(documents.find(document.id()).orElseThrow(), true);
    }

    /**
     * Runs a received document through every stage; recovery and replay use it too. The mapper hands the records
     * over part by part (a large batch in parts of a few hundred), and each part is verified, linked, stored and
     * indexed once the next is read, so no document needs more than two parts in memory. A failure in any part undoes
     * what this run stored: a document is stored whole or is a dead letter. A record's place in the document is
     * unique, so a run after a crash resumes where the first stopped, and of two runs over one document (two
     * replicas) each part is stored by one; the first to complete the document records its outcome. The last part
     * is stored in the transaction that completes the document: one commit fewer per document, and most documents
     * are one part.
     */
    public IngestOutcome process(StoredDocument document, byte[] content) {
        SourceDocument source = new SourceDocument(content, document.mediaType(), document.fileName());
        StoredParts parts = new StoredParts(document, new FileChecks(delivered(document, content)));
        String format;
        try {
            RecordMapper mapper = detect(document.format(), source);
            format = mapper.formatId();
            mapInParts(mapper, source, part -> parts.add(format, part));
            parts.finish(format);
        } catch (IngestFailure failure) {
            parts.undo();
            return deadLetter(document, failure);
        } catch (CompletedElsewhere finished) {
            return describe(documents.find(document.id()).orElseThrow(), true);
        }
        if (parts.indexFailure != null) {
            // the records are safe in the store; the dead letter lets an admin replay the indexing
            recordDeadLetter(document, IngestStage.INDEX, "the records were stored but could not be indexed: "
                    + parts.indexFailure.getMessage());
        }
        return new IngestOutcome(document.id(), DocumentStatus.STORED, format, parts.recordIds,
                parts.documentVerification(), false, null, null, parts.warnings);
    }

    private void complete(StoredDocument document, String format, Verification verification, List<String> warnings) {
        boolean completed;
        try {
            completed = documents.complete(document.id(), document.status(), DocumentStatus.STORED, format,
                    json.writeValueAsString(verification), json.writeValueAsString(warnings));
        } catch (RuntimeException e) {
            throw new IngestFailure(IngestStage.STORE, "the records could not be stored: " + e.getMessage(), e);
        }
        if (!completed) {
            throw new CompletedElsewhere();
        }
    }

    /** What the parts of one document added up to so far. */
    private final class StoredParts {

        private final StoredDocument document;
        private final FileChecks checks;
        private final List<RecordId> recordIds = new ArrayList<>();
        /** What this run stored itself, the only records it may take back. */
        private final List<RecordId> ownIds = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Map<Subject, IdentityResolver.Resolution> resolutions = new HashMap<>();
        private int position;
        private Verification verification;
        private boolean allIssuersTrusted = true;
        private RuntimeException indexFailure;
        /** The latest part with records, held back until it is known whether it is the last. */
        private MappingResult pending;

        StoredParts(StoredDocument document, FileChecks checks) {
            this.document = document;
            this.checks = checks;
        }

        /** Takes the mapper's next part; the one before it is stored now, as it is not the last. */
        void add(String format, MappingResult part) {
            if (pending != null) {
                store(format, pending, false);
                pending = null;
            }
            if (part.records().isEmpty()) {
                warnings.addAll(part.warnings());
            } else {
                pending = part;
            }
        }

        /** Stores the last part and completes the document, in one transaction. */
        void finish(String format) {
            if (pending != null) {
                store(format, pending, true);
                pending = null;
            } else if (recordIds.isEmpty()) {
                throw noRecords(format);
            } else {
                complete(document, format, documentVerification(), warnings);
            }
        }

        private void store(String format, MappingResult part, boolean last) {
            warnings.addAll(part.warnings());
            DocumentVerifier.Report report = checks.verify(part);
            warnings.addAll(checks.newWarnings());
            int first = position;
            position += part.records().size();
            // stored by an earlier run that a crash stopped, or by another run over the same document
            Map<Integer, RecordId> earlier = records.idsAt(document.id(), first, position);
            recordIds.addAll(earlier.values());
            List<LerRecord> stored = null;
            for (int attempt = 1; stored == null; attempt++) {
                try {
                    stored = transaction.execute(status -> {
                        List<LerRecord> added = IngestPipeline.this.store(document, format, part, report, first,
                                earlier.keySet(), resolutions);
                        if (last) {
                            complete(document, format, documentVerification(report, added), warnings);
                        }
                        return added;
                    });
                } catch (IngestFailure failure) {
                    if (!(failure.getCause() instanceof DuplicateKeyException)) {
                        throw failure;
                    }
                    if (!records.idsAt(document.id(), first, position).isEmpty()) {
                        throw new CompletedElsewhere(); // another run stored this part first and goes on with the rest
                    }
                    if (attempt == STORE_ATTEMPTS) {
                        throw failure;
                    }
                    // another document created the same learner (email, identifier) at the same moment: resolve
                    // again, now finding it; what this attempt resolved was rolled back with it
                    resolutions.clear();
                }
            }
            ownIds.addAll(stored.stream().map(LerRecord::id).toList());
            if (verification == null) {
                verification = report.document();
            }
            stored.forEach(record -> {
                recordIds.add(record.id());
                allIssuersTrusted &= record.verification().issuerTrusted();
            });
            if (indexFailure == null) {
                try {
                    indexer.index(stored);
                } catch (RuntimeException e) {
                    log.error("indexing document {} failed", document.id(), e);
                    indexFailure = e;
                }
            }
        }

        /** The document's own outcome; its issuer counts as trusted when every record's issuer is. */
        Verification documentVerification() {
            return verification.withIssuerTrusted(!recordIds.isEmpty() && allIssuersTrusted);
        }

        /** The document's own outcome once the last part's {@code added} records are stored too. */
        private Verification documentVerification(DocumentVerifier.Report last, List<LerRecord> added) {
            return (verification == null ? last.document() : verification).withIssuerTrusted(allIssuersTrusted
                    && added.stream().allMatch(record -> record.verification().issuerTrusted()));
        }

        /** Takes back the parts this run stored, so that a rejected document leaves no records behind. */
        void undo() {
            if (!ownIds.isEmpty()) {
                // the store first: an index write from then on finds the records gone and does not bring them back
                transaction.executeWithoutResult(status -> records.delete(ownIds));
                indexer.delete(ownIds.stream().map(RecordId::value).toList());
            }
        }
    }

    /** What ingesting would produce: mapped and verified records, or the stage and reason it would fail at. */
    public record Preview(String format, List<LerRecord> records, Verification verification, List<String> warnings,
                          IngestStage failedStage, String reason) {
    }

    /** Maps and verifies a sample without storing anything: the dry run an agency makes before going live. */
    public Preview preview(InboundDocument inbound) {
        SourceDocument source = new SourceDocument(inbound.content(), inbound.mediaType(), inbound.fileName());
        try {
            RecordMapper mapper = detect(inbound.formatId(), source);
            MappingResult mapped = map(mapper, source);
            DocumentVerifier.Report report = verify(mapped, new Delivery(inbound.content(), inbound.detachedSignature(),
                    connectors.senderKeyAt(inbound.connectorId(), clock.instant()).orElse(null), inbound.connectorId()));
            List<LerRecord> records = mapped.records().stream().map(record -> record.toBuilder()
                    .verification(report.forRecord(record.provenance() == null ? null : record.provenance().sourceRecordId()))
                    .build()).toList();
            return new Preview(mapper.formatId(), records, report.document(), warnings(mapped, report), null, null);
        } catch (IngestFailure failure) {
            return new Preview(inbound.formatId(), List.of(), null, List.of(), failure.stage(), failure.getMessage());
        }
    }

    private RecordMapper detect(String format, SourceDocument source) {
        if (format != null) {
            return mappers.forFormat(format).orElseThrow(() -> new IngestFailure(IngestStage.DETECT,
                    "unknown format '" + format + "'; this hub reads " + mappers.formatIds(), null));
        }
        return mappers.detect(source).orElseThrow(() -> new IngestFailure(IngestStage.DETECT,
                "the format of this document was not recognized; this hub reads " + mappers.formatIds()
                        + " (declare one with ?format=ID if it is one of them)", null));
    }

    private MappingResult map(RecordMapper mapper, SourceDocument source) {
        List<MappingResult> parts = new ArrayList<>();
        mapInParts(mapper, source, parts::add);
        MappingResult mapped = MappingResult.joined(parts);
        if (mapped.records().isEmpty()) {
            throw noRecords(mapper.formatId());
        }
        return mapped;
    }

    /**
     * Maps the document, handing each part to {@code parts}. What {@code parts} throws (a later stage failing, another
     * run completing the document first) passes through as it was; only the mapper's own failures are MAP failures.
     */
    private void mapInParts(RecordMapper mapper, SourceDocument source, Consumer<MappingResult> parts) {
        RuntimeException[] fromParts = {null};
        try {
            mapper.map(source, mappingContext, part -> {
                try {
                    parts.accept(part);
                } catch (RuntimeException e) {
                    fromParts[0] = e;
                    throw e;
                }
            });
        } catch (MappingException e) {
            throw new IngestFailure(IngestStage.MAP, e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            if (e == fromParts[0]) {
                throw fromParts[0];
            }
            throw new IngestFailure(IngestStage.MAP, "the " + mapper.formatId() + " mapper failed on this document ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); the original is kept for replay", e);
        }
    }

    private static IngestFailure noRecords(String format) {
        return new IngestFailure(IngestStage.MAP, "the document holds no records the " + format + " mapper could read",
                null);
    }

    /**
     * Verification of one document's parts. The checks of the delivered file (the sender's detached signature, the
     * XML schema) concern the whole file and read all of it, so they run once: a part without proofs of its own
     * (every part of a batch or an HR export) gets the outcome of the first such part, which is the file's.
     */
    private final class FileChecks {

        private final Delivery delivery;
        private DocumentVerifier.Report fileOnly;
        private List<String> newWarnings = List.of();

        FileChecks(Delivery delivery) {
            this.delivery = delivery;
        }

        DocumentVerifier.Report verify(MappingResult part) {
            if (part.proofs().isEmpty() && fileOnly != null) {
                newWarnings = List.of();
                return fileOnly;
            }
            DocumentVerifier.Report report = IngestPipeline.this.verify(part, delivery);
            if (part.proofs().isEmpty()) {
                fileOnly = report;
            }
            newWarnings = report.warnings();
            return report;
        }

        /** The warnings of the last check that ran, none when the outcome was reused. */
        List<String> newWarnings() {
            return newWarnings;
        }
    }

    /** The stored document as its sender delivered it: the bytes, the signature that came along, the sender's key. */
    private Delivery delivered(StoredDocument document, byte[] content) {
        return new Delivery(content, documents.detachedSignature(document.id()).orElse(null),
                connectors.senderKeyAt(document.connectorId(), document.receivedAt()).orElse(null),
                document.connectorId());
    }

    private static List<String> warnings(MappingResult mapped, DocumentVerifier.Report report) {
        List<String> all = new ArrayList<>(mapped.warnings());
        all.addAll(report.warnings());
        return all;
    }

    private DocumentVerifier.Report verify(MappingResult mapped, Delivery delivery) {
        try {
            return verifier.verify(mapped, delivery);
        } catch (RuntimeException e) {
            throw new IngestFailure(IngestStage.VERIFY, "verification failed unexpectedly: " + e.getMessage(), e);
        }
    }

    private List<LerRecord> store(StoredDocument document, String format, MappingResult mapped,
                                  DocumentVerifier.Report report, int firstPosition, Set<Integer> storedBefore,
                                  Map<Subject, IdentityResolver.Resolution> resolutions) {
        Instant now = clock.instant();
        Map<IdentityResolver.NeedsReview, List<RecordId>> reviews = new LinkedHashMap<>();
        List<LerRecord> out = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<LerRecord> verified = verified(document, format, mapped, report);
        for (int i = 0; i < verified.size(); i++) {
            if (storedBefore.contains(firstPosition + i)) {
                continue;
            }
            LerRecord record = verified.get(i);
            positions.add(firstPosition + i);
            RecordId id = RecordId.random();
            IdentityResolver.Resolution resolution = resolve(record.subject(), resolutions);
            if (resolution instanceof IdentityResolver.NeedsReview review) {
                reviews.computeIfAbsent(review, r -> new ArrayList<>()).add(id);
            }
            out.add(record.toBuilder()
                    .id(id)
                    .subject(record.subject().withLearner(resolution instanceof IdentityResolver.Linked linked
                            ? linked.learner() : null))
                    .build());
        }
        try {
            for (int i = 0; i < out.size(); i++) {
                records.add(out.get(i), positions.get(i), document.agencyId(), now);
            }
            reviews.forEach((review, ids) -> identityReviews.open(new IdentityReviews.Review(UUID.randomUUID().toString(),
                    document.id(), document.agencyId(), ids, review.reason(), review.candidates(), "OPEN", now, null,
                    null, null)));
        } catch (RuntimeException e) {
            throw new IngestFailure(IngestStage.STORE, "the records could not be stored: " + e.getMessage(), e);
        }
        return out;
    }

    /** The mapped records with their provenance in this document and their verification (issuer trust included). */
    private List<LerRecord> verified(StoredDocument document, String format, MappingResult mapped,
                                     DocumentVerifier.Report report) {
        return mapped.records().stream().map(record -> {
            Provenance provenance = provenance(record, format).fromDocument(document.connectorId(),
                    document.agencyId(), document.id(), document.sha256(), document.receivedAt());
            Verification verification = report.forRecord(provenance.sourceRecordId()).withIssuerTrusted(
                    record.issuer() != null && trustedIssuers.contains(document.agencyId(), record.issuer().id()));
            return record.toBuilder().provenance(trustAfter(provenance, verification, report.signedBySender()))
                    .verification(verification).build();
        }).toList();
    }

    /** Records of a stored document as ingest would map and verify them now, from their place in the document on. */
    public record Reverified(Verification document, int firstPosition, List<LerRecord> records) {
    }

    /**
     * Maps and verifies a stored document's original again, part by part, storing nothing: what the
     * re-verification job compares with the store (a status list changed, a credential expired, the trust list
     * changed).
     *
     * @throws IngestFailure when the original no longer maps or verifies
     */
    public void reverify(StoredDocument document, byte[] content, Consumer<Reverified> parts) {
        SourceDocument source = new SourceDocument(content, document.mediaType(), document.fileName());
        RecordMapper mapper = detect(document.format(), source);
        int[] position = {0};
        FileChecks checks = new FileChecks(delivered(document, content));
        mapInParts(mapper, source, part -> {
            if (!part.records().isEmpty()) {
                DocumentVerifier.Report report = checks.verify(part);
                List<LerRecord> verified = verified(document, mapper.formatId(), part, report);
                parts.accept(new Reverified(documentVerification(report, verified), position[0], verified));
                position[0] += verified.size();
            }
        });
    }

    private IdentityResolver.Resolution resolve(Subject subject, Map<Subject, IdentityResolver.Resolution> resolved) {
        if (subject == null || (subject.emails().isEmpty() && subject.identifiers().isEmpty() && subject.name() == null)) {
            throw new IngestFailure(IngestStage.IDENTIFY, "a record does not say whom it is about "
                    + "(no email, student id, DID or name); the hub cannot link it to a learner", null);
        }
        try {
            return resolved.computeIfAbsent(subject, identity::resolve);
        } catch (RuntimeException e) {
            throw new IngestFailure(IngestStage.IDENTIFY, "the learner could not be resolved: " + e.getMessage(), e);
        }
    }

    private static Provenance provenance(LerRecord record, String format) {
        return record.provenance() != null ? record.provenance()
                : Provenance.mapped(format, TrustLevel.TRANSPORT_AUTHENTICATED, null);
    }

    /**
     * A signature nobody checked is worth what the authenticated transport is worth, no more. A file its sender
     * signed (a PESC transcript with its registrar's detached signature) makes what the transport vouched for
     * issuer-signed; self-asserted content stays self-asserted whoever signed the file.
     */
    private static Provenance trustAfter(Provenance provenance, Verification verification, boolean signedBySender) {
        boolean verified = verification.status() == VerificationStatus.VERIFIED;
        if (provenance.trust() == TrustLevel.ISSUER_SIGNED && !verified) {
            return provenance.withTrust(TrustLevel.TRANSPORT_AUTHENTICATED);
        }
        if (provenance.trust() == TrustLevel.TRANSPORT_AUTHENTICATED && verified && signedBySender) {
            return provenance.withTrust(TrustLevel.ISSUER_SIGNED);
        }
        return provenance;
    }

    /** The document's own outcome; its issuer counts as trusted when every record's issuer is. */
    private static Verification documentVerification(DocumentVerifier.Report report, List<LerRecord> records) {
        return report.document().withIssuerTrusted(!records.isEmpty()
                && records.stream().allMatch(r -> r.verification().issuerTrusted()));
    }

    private IngestOutcome deadLetter(StoredDocument document, IngestFailure failure) {
        boolean completed = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!documents.complete(document.id(), document.status(), DocumentStatus.DEAD_LETTER, document.format(),
                    null, null)) {
                return false;
            }
            recordDeadLetter(document, failure.stage(), failure.getMessage());
            return true;
        }));
        if (!completed) {
            return describe(documents.find(document.id()).orElseThrow(), true);
        }
        log.info("document {} of agency {} is a dead letter at {}: {}", document.id(), document.agencyId(),
                failure.stage(), failure.getMessage());
        return new IngestOutcome(document.id(), DocumentStatus.DEAD_LETTER, document.format(), List.of(), null, false,
                failure.stage(), failure.getMessage(), List.of());
    }

    private void recordDeadLetter(StoredDocument document, IngestStage stage, String reason) {
        deadLetters.add(new DeadLetter(UUID.randomUUID().toString(), document.id(), document.agencyId(),
                document.connectorId(), stage.name(), reason == null ? stage + " failed" : reason,
                DeadLetter.Status.OPEN, clock.instant()));
    }

    /** Another run (a replica, recovery, a second delivery) completed the document first; this one wrote nothing. */
    private static final class CompletedElsewhere extends RuntimeException {
        CompletedElsewhere() {
            super(null, null, false, false);
        }
    }

    /** The outcome of a document received earlier, as the API reports it. */
    public IngestOutcome describe(StoredDocument document, boolean duplicate) {
        Verification verification = document.verificationJson() == null ? null
                : json.readValue(document.verificationJson(), Verification.class);
        List<String> warnings = document.warningsJson() == null ? List.of()
                : List.of(json.readValue(document.warningsJson(), String[].class));
        var deadLetter = document.status() == DocumentStatus.DEAD_LETTER
                ? deadLetters.latestFor(document.id()) : Optional.<DeadLetter>empty();
        return new IngestOutcome(document.id(), document.status(), document.format(),
                records.idsOfDocument(document.id()), verification, duplicate,
                deadLetter.map(d -> IngestStage.valueOf(d.stage())).orElse(null),
                deadLetter.map(DeadLetter::reason).orElse(null), warnings);
    }

}
