package org.lerhub.mappings.pesc;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * mapper for either is this plus its root element name and format id.
 *
 * <p>Elements are matched by local name: only the root is namespaced in PESC, and any version of the message
 * namespace, or none, is read the same way.
 */
final class PescTranscriptMapping {

    private static final String NAMESPACE_PREFIX = "urn:org:pesc:message:";

    private final String formatId;
    private final String rootName;

    /** @param rootName e.g. {@code CollegeTranscript} */
    PescTranscriptMapping(String formatId, String rootName) {
        this.formatId = formatId;
        this.rootName = rootName;
    }

    MappingResult map(XmlElement root) throws MappingException {
        if (!root.name().equals(rootName)) {
            throw new MappingException("the root element is <" + root.name() + ">, not <" + rootName + ">");
        }
        List<String> warnings = new ArrayList<>();
        checkNamespace(root, warnings);
        XmlElement student = student(root);
        XmlElement person = student.child("Person").orElseThrow(() -> new MappingException("the <Student> at line "
                + student.line() + " has no <Person>: whom the transcript is about is unknown"));
        List<XmlElement> academicRecords = student.children("AcademicRecord");
        if (academicRecords.isEmpty()) {
            throw new MappingException("the <Student> at line " + student.line() + " has no <AcademicRecord>:"
                    + " there is nothing to map");
        }

        Optional<FieldReader> transmission = root.child("TransmissionData")
                .map(data -> new FieldReader(data, "TransmissionData", warnings));
        Organization sender = transmission.flatMap(data -> data.nested("Source"))
                .flatMap(source -> source.nested("Organization")).map(PescOrganizations::issuer).orElse(null);
        Subject subject = PescPersons.subject(new FieldReader(person, "Student/Person", warnings),
                sender == null ? null : sender.id());
        LocalDate createdOn = transmission.map(data -> data.date("CreatedDateTime", PescDates.Edge.START))
                .orElse(null);
        TranscriptContext context = new TranscriptContext(formatId, subject, sender, createdOn,
                transmission.map(data -> reference(data.element())).orElse(Map.of()), warnings);

        List<LerRecord> records = new ArrayList<>();
        for (int i = 0; i < academicRecords.size(); i++) {
            String path = "AcademicRecord[" + (i + 1) + "]";
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

    private void checkNamespace(XmlElement root, List<String> warnings) {
        String expected = NAMESPACE_PREFIX + rootName + ":";
        if (root.namespace().isEmpty()) {
            warnings.add("<" + rootName + "> has no namespace; read as a PESC " + rootName + " of unknown version");
        } else if (!root.namespace().startsWith(expected)) {
            warnings.add("<" + rootName + "> is in namespace " + root.namespace() + ", not " + expected
                    + "vX.Y.Z; read as a PESC " + rootName);
        }
    }

    /** The sender's reference to the document: short enough to repeat on every record. */
    private static Map<String, Object> reference(XmlElement data) {
        Map<String, Object> reference = new LinkedHashMap<>();
        for (String field : List.of("DocumentID", "CreatedDateTime", "DocumentTypeCode")) {
            String value = data.childText(field);
            if (value != null) {
                reference.put(field, value);
            }
        }
        return reference;
    }
}
