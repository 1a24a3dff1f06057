package org.lerhub.mappings.pesc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mappings.xml.XmlElement;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Organization;
import org.lerhub.schema.Subject;

/**
 * Maps one PESC transcript message. College and high school transcripts share the
 * {@code Student/Person}, {@code Student/AcademicRecord}, {@code AcademicSession}, {@code Course} structure, so a
 * mapper for either is this plus its {@link TranscriptKind} and format id; a batch maps each of its transcripts
 * with it.
 *
 * <p>Elements are matched by local name: only the root is namespaced in PESC, and any version of the message
 * namespace, or none, is read the same way.
 */
final class PescTranscriptMapping {

    private static final String NAMESPACE_PREFIX = "urn:org:pesc:message:";
    /** Student fields that are not copied into records: health data (immunizations) is nobody's business here. */
    private static final String[] STUDENT_NOT_COPIED = {"Person", "AcademicRecord", "Health"};

    private final String formatId;
    private final TranscriptKind kind;
    private final String rootName;

    PescTranscriptMapping(String formatId, TranscriptKind kind) {
        this.formatId = formatId;
        this.kind = kind;
        this.rootName = kind.rootName();
    }

    MappingResult map(XmlElement root) throws MappingException {
        return map(root, "", Map.of());
    }

    /**
     * Maps a transcript that is part of a larger document.
     *
     * @param at        where the transcript is in it, e.g. {@code Transcript[17]}: every sourceRecordId, relation
     *                  and warning of the transcript starts with it
     * @param enclosing extensions the larger document adds to every record
     */
    MappingResult map(XmlElement root, String at, Map<String, Object> enclosing) throws MappingException {
        if (!root.name().equals(rootName)) {
            throw new MappingException("the root element is <" + root.name() + ">, not <" + rootName + ">");
        }
        List<String> warnings = new ArrayList<>();
        namespaceWarning(rootName, root.namespace()).ifPresent(warning -> warnings.add(at.isEmpty() ? warning
                : at + ": " + warning));
        XmlElement student = student(root);
        XmlElement person = student.child("Person").orElseThrow(() -> new MappingException("the <Student> at line "
                + student.line() + " has no <Person>: whom the transcript is about is unknown"));
        List<XmlElement> academicRecords = student.children("AcademicRecord");
        if (academicRecords.isEmpty()) {
            throw new MappingException("the <Student> at line " + student.line() + " has no <AcademicRecord>:"
                    + " there is nothing to map");
        }

        Optional<FieldReader> transmission = root.child("TransmissionData")
                .map(data -> new FieldReader(data, path(at, "TransmissionData"), warnings));
        Organization sender = transmission.flatMap(data -> data.nested("Source"))
                .flatMap(source -> source.nested("Organization")).map(PescOrganizations::issuer).orElse(null);
        Subject subject = PescPersons.subject(new FieldReader(person, path(at, "Student/Person"), warnings),
                sender == null ? null : sender.id());
        LocalDate createdOn = transmission.map(data -> data.date("CreatedDateTime", PescDates.Edge.START))
                .orElse(null);
        Map<String, Object> shared = new LinkedHashMap<>();
        shared.put("pesc:transmission", transmission
                .map(data -> reference(data.element(), "DocumentID", "CreatedDateTime", "DocumentTypeCode"))
                .orElse(Map.of()));
        shared.put("pesc:transcript", rest(root, path(at, rootName), warnings, "TransmissionData", "Student"));
        shared.put("pesc:student", rest(student, path(at, "Student"), warnings, STUDENT_NOT_COPIED));
        shared.putAll(enclosing);
        TranscriptContext context = new TranscriptContext(formatId, kind, subject, sender, createdOn, shared,
                warnings);

        List<LerRecord> records = new ArrayList<>();
        for (int i = 0; i < academicRecords.size(); i++) {
            String path = path(at, "AcademicRecord[" + (i + 1) + "]");
            records.addAll(AcademicRecordMapper.map(context, academicRecords.get(i), path));
        }
        // several achievements read the same academic record fields; say each problem once
        return new MappingResult(records, List.copyOf(new LinkedHashSet<>(warnings)), List.of());
    }

    private XmlElement student(XmlElement root) throws MappingException {
        List<XmlElement> students = root.children("Student");
        if (students.isEmpty()) {
            throw new MappingException("the <" + rootName + "> has no <Student>: there is nothing to map");
        }
        if (students.size() > 1) {
            // one transcript is about one learner; mixing two would attach records to the wrong person
            throw new MappingException("the <" + rootName + "> has " + students.size() + " <Student> elements"
                    + " (lines " + students.get(0).line() + " and " + students.get(1).line() + "); a transcript"
                    + " is about one student");
        }
        return students.get(0);
    }

    /** What to say about the namespace of a PESC message's root element, when it is not the message's own. */
    static Optional<String> namespaceWarning(String rootName, String namespace) {
        String expected = NAMESPACE_PREFIX + rootName + ":";
        if (namespace.isEmpty()) {
            return Optional.of("<" + rootName + "> has no namespace; read as a PESC " + rootName
                    + " of unknown version");
        }
        return namespace.startsWith(expected) ? Optional.empty() : Optional.of("<" + rootName + "> is in namespace "
                + namespace + ", not " + expected + "vX.Y.Z; read as a PESC " + rootName);
    }

    /**
     * The fields of the transcript or its student that are not records of their own, such as notes and vendor
     * {@code UserDefinedExtensions} (the Ontario literacy test and community involvement); every record keeps them.
     */
    private static Map<String, Object> rest(XmlElement element, String path, List<String> warnings,
                                            String... notCopied) {
        FieldReader fields = new FieldReader(element, path, warnings);
        fields.mapped(notCopied);
        return fields.leftovers();
    }

    private static String path(String at, String path) {
        return at.isEmpty() ? path : at + "/" + path;
    }

    /**
     * The sender's reference to a document (these fields of its {@code TransmissionData} or {@code BatchEnvelope}):
     * short enough to repeat on every record, and never changed, since every record holds it.
     */
    static Map<String, Object> reference(XmlElement data, String... fields) {
        Map<String, Object> reference = new LinkedHashMap<>();
        for (String field : fields) {
            String value = data.childText(field);
            if (value != null) {
                reference.put(field, value);
            }
        }
        return Collections.unmodifiableMap(reference);
    }
}
