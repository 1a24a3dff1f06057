package org.lerhub.engine.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.lerhub.schema.DocumentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Inbound documents and their original bytes, kept once per content hash. */
@Repository
public class Documents {

    private static final String COLUMNS = "d.id, d.agency_id, d.connector_id, d.sha256, o.size_bytes, d.media_type, "
            + "d.file_name, d.format, d.status, d.received_at, d.verification, d.warnings";

    private final JdbcClient jdbc;

    public Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the original and registers the document, or returns the document this agency already sent with
     * the same bytes.
     *
     * @return the stored document and whether it is new
     */
    @Transactional
    public Received receive(StoredDocument document, byte[] content) {
        return receive(document, content, null);
    }

    /**
     * As {@link #receive(StoredDocument, byte[])}, keeping the sender's detached signature beside the original.
     *
     * @param detachedSignature null when none came with the document
     */
    @Transactional
    public Received receive(StoredDocument document, byte[] content, byte[] detachedSignature) {
        Optional<StoredDocument> existing = find(document.agencyId(), document.sha256());
        if (existing.isPresent()) {
            return new Received(existing.get(), false);
        }
        int saved = jdbc.sql("select count(*) from originals where sha256 = ?").param(document.sha256())
                .query(Integer.class).single();
        if (saved == 0) {
            jdbc.sql("insert into originals (sha256, size_bytes, content) values (?, ?, ?)")
                    .params(document.sha256(), (long) content.length, content).update();
        }
        jdbc.sql("""
                insert into documents (id, agency_id, connector_id, sha256, media_type, file_name, format, status,
                                       received_at, detached_signature)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(document.id().value(), document.agencyId(), document.connectorId(), document.sha256(),
                        document.mediaType(), document.fileName(), document.format(), document.status().name(),
                        Timestamp.from(document.receivedAt()), detachedSignature)
                .update();
        return new Received(document, true);
    }

    /** The outcome of {@link #receive}; a concurrent receive of the same bytes surfaces as not new. */
    public record Received(StoredDocument document, boolean isNew) {
    }

    public Optional<StoredDocument> find(DocumentId id) {
        return jdbc.sql("select " + COLUMNS + " from documents d join originals o on o.sha256 = d.sha256 where d.id = ?")
                .param(id.value()).query(Documents::row).optional();
    }

    public Optional<StoredDocument> find(String agencyId, String sha256) {
        return jdbc.sql("select " + COLUMNS + " from documents d join originals o on o.sha256 = d.sha256 "
                        + "where d.agency_id = ? and d.sha256 = ?")
                .params(agencyId, sha256).query(Documents::row).optional();
    }

    public List<StoredDocument> withStatus(DocumentStatus status) {
        return jdbc.sql("select " + COLUMNS + " from documents d join originals o on o.sha256 = d.sha256 "
                        + "where d.status = ? order by d.received_at")
                .param(status.name()).query(Documents::row).list();
    }

    /** A connector's most recent documents, newest first. */
    public List<StoredDocument> ofConnector(String connectorId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from documents d join originals o on o.sha256 = d.sha256 "
                        + "where d.connector_id = ? order by d.received_at desc limit ?")
                .params(connectorId, limit).query(Documents::row).list();
    }

    /** Documents a connector delivered per day since {@code since}, stored and dead-lettered, oldest day first. */
    public record DailyCount(LocalDate day, long stored, long deadLetters) {
    }

    public List<DailyCount> dailyCountsOfConnector(String connectorId, Instant since) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        jdbc.sql("select received_at, status from documents where connector_id = ? and received_at >= ?")
                .params(connectorId, Timestamp.from(since))
                .query(rs -> {
                    LocalDate day = rs.getTimestamp(1).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                    long[] counts = days.computeIfAbsent(day, d -> new long[2]);
                    counts[DocumentStatus.DEAD_LETTER.name().equals(rs.getString(2)) ? 1 : 0]++;
                });
        return days.entrySet().stream().map(e -> new DailyCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    public Optional<byte[]> original(String sha256) {
        return jdbc.sql("select content from originals where sha256 = ?").param(sha256)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The detached signature that came with the document, if one did. */
    public Optional<byte[]> detachedSignature(DocumentId id) {
        return jdbc.sql("select detached_signature from documents where id = ?").param(id.value())
                .query((rs, n) -> rs.getBytes(1)).list().stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * Records a document's outcome, unless another replica or thread finished it first: only the first of two
     * runs over the same document may complete it (the second waits for the first's row lock, then finds the status
     * changed), so its records and dead letters are written once.
     *
     * @param from the status the caller found the document in
     * @return whether this call completed it
     */
    public boolean complete(DocumentId id, DocumentStatus from, DocumentStatus status, String format,
                            String verificationJson, String warningsJson) {
        return jdbc.sql("update documents set status = ?, format = coalesce(?, format), verification = ?, warnings = ? "
                        + "where id = ? and status = ?")
                .params(status.name(), format, verificationJson, warningsJson, id.value(), from.name()).update() == 1;
    }

    public void updateVerification(DocumentId id, String verificationJson) {
        jdbc.sql("update documents set verification = ? where id = ?").params(verificationJson, id.value()).update();
    }

    /**
     * Deletes a document that no longer has records, with its dead letters, and its original unless another
     * document has the same bytes.
     */
    public void deleteIfEmpty(DocumentId id) {
        int records = jdbc.sql("select count(*) from records where document_id = ?").param(id.value())
                .query(Integer.class).single();
        if (records > 0) {
            return;
        }
        find(id).ifPresent(document -> {
            jdbc.sql("delete from documents where id = ?").param(id.value()).update();
            jdbc.sql("delete from originals where sha256 = ? and not exists "
                    + "(select 1 from documents where sha256 = ?)").params(document.sha256(), document.sha256()).update();
        });
    }

    /** What a connector delivered: documents by status, and when it last delivered and last stored. */
    public record SourceStats(long received, long stored, long deadLetters, Instant lastReceivedAt,
                              Instant lastStoredAt) {
    }

    public SourceStats statsOfConnector(String connectorId) {
        return jdbc.sql("""
                select count(*), sum(case when status = 'STORED' then 1 else 0 end),
                       sum(case when status = 'DEAD_LETTER' then 1 else 0 end), max(received_at),
                       max(case when status = 'STORED' then received_at end)
                from documents where connector_id = ?""")
                .param(connectorId)
                .query((rs, n) -> new SourceStats(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .single();
    }

    /** The statuses of a connector's most recent documents, newest first. */
    public List<DocumentStatus> recentStatuses(String connectorId, int count) {
        return jdbc.sql("select status from documents where connector_id = ? order by received_at desc limit ?")
                .params(connectorId, count).query((rs, n) -> DocumentStatus.valueOf(rs.getString(1))).list();
    }

    private static StoredDocument row(ResultSet rs, int n) throws SQLException {
        return new StoredDocument(DocumentId.of(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                DocumentStatus.valueOf(rs.getString(9)), rs.getTimestamp(10).toInstant(), rs.getString(11),
                rs.getString(12));
    }
}
