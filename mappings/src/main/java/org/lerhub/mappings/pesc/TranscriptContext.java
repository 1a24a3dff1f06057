package org.lerhub.mappings.pesc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.Organization;
import org.lerhub.schema.Provenance;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Subject;
import org.lerhub.schema.TrustLevel;

/**
 * What every record of one transcript shares.
 *
 * @param sender     {@code TransmissionData/Source/Organization}: the issuer of records whose academic record
 *                   names no school; may be null
 * @param createdOn  the day the transcript was made ({@code CreatedDateTime}); may be null
 * @param extensions what every record carries: {@code pesc:transmission}, the sender's own reference to the
 *                   document ({@code DocumentID} …), so that a record shown on its own can still be traced back to
 *                   the registrar's transcript; and the fields of the transcript and its student that are no record
 *                   of their own ({@code pesc:transcript}, {@code pesc:student}); empty values are left out
 */
record TranscriptContext(String formatId, TranscriptKind kind, Subject subject, Organization sender,
                         LocalDate createdOn, Map<String, Object> extensions, List<String> warnings) {

    /**
     * A record of this transcript with its issuer, subject and provenance set. PESC documents carry no proof, so
     * the best the hub can say is that an onboarded, authenticated source delivered them.
     */
    LerRecordBuilder record(RecordKind kind, Organization issuer, String sourceRecordId) {
        return LerRecord.builder(kind).issuer(issuer).subject(subject)
                .provenance(Provenance.mapped(formatId, TrustLevel.TRANSPORT_AUTHENTICATED, sourceRecordId))
                .extensions(extensions);
    }
}
