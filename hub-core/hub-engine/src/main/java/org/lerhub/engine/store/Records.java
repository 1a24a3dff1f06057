package org.lerhub.engine.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.lerhub.schema.DocumentId;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.RecordId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record store: every LER record as JSON in the shared schema, with the columns needed to find it. The
 * store is the source of truth; the search index is rebuilt from it.
 */
@Repository
public class Records {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public Records(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        // the schema leaves false booleans out (Identifier.hashed, Employment.current): absent means false
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    }

    /** Adds a record; {@code position} is its place in the document, which lists keep. */
    public void add(LerRecord record, int position, String agencyId, Instant createdAt) {
        jdbc.sql("""
                insert into records (id, document_id, position, learner_id, agency_id, kind, schema_version,
                                     verification_status, created_at, body)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.id().value(), record.provenance().documentId().value(), position,
                        record.subject() == null || record.subject().learnerId() == null
                                ? null : record.subject().learnerId().value(),
                        agencyId, record.kind().name(), record.schemaVersion(),
                        record.verification().status().name(), Timestamp.from(createdAt),
                        json.writeValueAsString(record))
                .update();
    }

    public Optional<LerRecord> find(RecordId id) {
        return jdbc.sql("select body from records where id = ?").param(id.value())
                .query((rs, n) -> read(rs.getString(1))).optional();
    }

    /** The records among {@code ids} that exist, by id: one query for a page of search hits. */
    public Map<RecordId, LerRecord> findAll(Collection<RecordId> ids) {
        Map<RecordId, LerRecord> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, body from records where id in (:ids)")
                    .param("ids", ids.stream().map(RecordId::value).distinct().toList())
                    .query(rs -> {
                        found.put(RecordId.of(rs.getString(1)), read(rs.getString(2)));
                    });
        }
        return found;
    }

    /** The agency that ingested the record, for access checks. */
    public Optional<String> agencyOf(RecordId id) {
        return jdbc.sql("select agency_id from records where id = ?").param(id.value()).query(String.class).optional();
    }

    public List<LerRecord> ofLearner(LearnerId learner) {
        return jdbc.sql("select body from records where learner_id = ? order by created_at, document_id, position")
                .param(learner.value()).query((rs, n) -> read(rs.getString(1))).list();
    }

    public List<RecordId> idsOfDocument(DocumentId document) {
        return jdbc.sql("select id from records where document_id = ? order by created_at, document_id, position")
                .param(document.value()).query((rs, n) -> RecordId.of(rs.getString(1))).list();
    }

    /** A record and its place in the document it came from. */
    public record Positioned(int position, LerRecord record) {
    }

    /** The document's records at positions {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Positioned> ofDocument(DocumentId document, int from, int to) {
        return jdbc.sql("""
                select position, body from records where document_id = ? and position >= ? and position < ?
                order by position""")
                .params(document.value(), from, to)
                .query((rs, n) -> new Positioned(rs.getInt(1), read(rs.getString(2)))).list();
    }

    /** The ids of the document's records at positions {@code from} (inclusive) to {@code to} (exclusive), by position. */
    public Map<Integer, RecordId> idsAt(DocumentId document, int from, int to) {
        Map<Integer, RecordId> ids = new HashMap<>();
        jdbc.sql("select position, id from records where document_id = ? and position >= ? and position < ?")
                .params(document.value(), from, to)
                .query(rs -> {
                    ids.put(rs.getInt(1), RecordId.of(rs.getString(2)));
                });
        return ids;
    }

    /** Whether every record of the document is the learner's: only then may the learner download its original. */
    public boolean allOfDocumentBelongTo(DocumentId document, LearnerId learner) {
        return jdbc.sql("select count(*) from records where document_id = ? and (learner_id is null or learner_id <> ?)")
                .params(document.value(), learner.value()).query(Long.class).single() == 0;
    }

    public void delete(Collection<RecordId> ids) {
        ids.forEach(id -> jdbc.sql("delete from records where id = ?").param(id.value()).update());
    }

    /**
     * Documents (after {@code afterDocumentId}, in id order) with records whose verification can change with time or
     * with what an issuer publishes: verified, revoked or suspended, expired, not yet valid. Records without a proof
     * and tampered ones cannot change.
     */
    public List<DocumentId> documentsToRecheck(String afterDocumentId, int limit) {
        return jdbc.sql("""
                select distinct document_id from records
                where verification_status in ('VERIFIED', 'REVOKED', 'EXPIRED', 'NOT_YET_VALID') and document_id > ?
                order by document_id fetch first ? rows only""")
                .params(afterDocumentId, limit).query((rs, n) -> DocumentId.of(rs.getString(1))).list();
    }

    /** Replaces a record's verification (and the provenance trust that follows from it). */
    public void updateVerification(LerRecord record) {
        jdbc.sql("update records set verification_status = ?, body = ? where id = ?")
                .params(record.verification().status().name(), json.writeValueAsString(record), record.id().value())
                .update();
    }

    /** Links records to a learner (after an identity review or a claim); a record has one learner at a time. */
    public void relink(List<RecordId> ids, LearnerId learner) {
        for (RecordId id : ids) {
            find(id).ifPresent(record -> jdbc.sql("update records set learner_id = ?, body = ? where id = ?")
                    .params(learner.value(), json.writeValueAsString(record.toBuilder()
                            .subject(record.subject().withLearner(learner)).build()), id.value())
                    .update());
        }
    }

    /** Deletes the learner's records; returns the documents they came from. */
    public List<String> deleteOfLearner(LearnerId learner) {
        List<String> documents = jdbc.sql("select distinct document_id from records where learner_id = ?")
                .param(learner.value()).query(String.class).list();
        jdbc.sql("delete from records where learner_id = ?").param(learner.value()).update();
        return documents;
    }

    public long count() {
        return jdbc.sql("select count(*) from records").query(Long.class).single();
    }

    /** Streams every record, for rebuilding the index without holding the store in memory. */
    public void forEach(Consumer<LerRecord> action) {
        jdbc.sql("select body from records order by id").query(rs -> {
            action.accept(read(rs.getString(1)));
        });
    }

    private LerRecord read(String body) {
        return json.readValue(body, LerRecord.class);
    }
}
