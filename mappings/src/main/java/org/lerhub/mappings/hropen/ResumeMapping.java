package org.lerhub.mappings.hropen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SignedPart;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.mappings.vc.VcEnvelope;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.PersonName;
import org.lerhub.schema.Subject;
import tools.jackson.databind.JsonNode;

/**
 * One LER-RS résumé as records: the person's name and emails become the subject of every record, each section
 * entry becomes records of its own, and what the résumé says besides (its id and type, fields unknown here,
 * entries that gave no record) is kept on every record under {@code resume}, the fields of a VC wrapper under
 * {@code credential}. The badges the entries embed follow as records of their own ({@link EmbeddedCredentials}).
 * Use one instance per document.
 */
final class ResumeMapping {

    /** A section of the résumé: an array of entries, how an entry becomes records, and why one may give none. */
    private record Section(String name, Mapper mapper, String whyNoRecord) {
    }

    @FunctionalInterface
    private interface Mapper {
        List<LerRecordBuilder> map(TrackedObject entry, String path, ResumeContext context);
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("employmentHistories", EmploymentHistories::map, EmploymentHistories.WHY_NO_RECORD),
            new Section("educationAndLearnings", EducationAndLearnings::map, EducationAndLearnings.WHY_NO_RECORD),
            new Section("certifications", Certifications::certificate, null),
            new Section("licenses", Certifications::license, null),
            new Section("skills", Skills::map, Skills.WHY_NO_RECORD));

    /**
     * Résumé fields that stay in the original document rather than being copied into records: the parts of one
     * application (the job applied for, the objective and other narratives, the attached résumé file). With the
     * person's details beyond name and the contact details beyond email, which are not read at all, they are left
     * out for data minimisation, as the PESC mapper leaves out addresses: records are shown on their own to each
     * employer the learner releases them to, and must not tell one employer about an application to another or
     * spread contact details shared with a single recipient.
     */
    private static final List<String> NOT_COPIED = List.of("job", "narratives", "attachments");

    private final TrackedObject resume;
    private final VcEnvelope wrapper;
    private final Map<String, Object> credential;
    private final Map<String, List<Object>> unmapped = new LinkedHashMap<>();

    /**
     * @param wrapper    the VC that wraps the résumé, null for a bare one
     * @param credential the fields of that VC beyond the résumé, empty for a bare one
     */
    ResumeMapping(TrackedObject resume, VcEnvelope wrapper, Map<String, Object> credential) {
        this.resume = resume;
        this.wrapper = wrapper;
        this.credential = credential;
    }

    MappingResult map() throws MappingException {
        Subject subject = subject(resume.object("person"), resume.object("communication"));
        ResumeContext context = new ResumeContext(subject);
        if (subject.name() == null && subject.emails().isEmpty()) {
            context.warn("the résumé has neither person.name nor communication.email: its records cannot be linked"
                    + " to a learner");
        }
        List<LerRecordBuilder> records = new ArrayList<>();
        for (Section section : SECTIONS) {
            records.addAll(section(section, context));
        }
        EmbeddedCredentials embedded = context.embedded();
        if (records.isEmpty() && embedded.records().isEmpty()) {
            throw new MappingException("the résumé has no positions, degrees, certifications, licenses or skills to"
                    + " map: nothing in it can become a record");
        }
        Map<String, Object> rest = rest();
        List<LerRecord> all = new ArrayList<>(records.stream()
                .map(record -> record.extension("resume", rest).extension("credential", credential).build())
                .toList());
        all.addAll(embedded.records());
        List<SignedPart> proofs = new ArrayList<>(embedded.proofs());
        if (wrapper != null) {
            // the wrapper's proof covers the whole résumé: a résumé changed after it was signed is no one's word
            wrapper.signedPart(all.stream().map(record -> record.provenance().sourceRecordId()).toList())
                    .ifPresent(part -> proofs.add(0, part));
        }
        return new MappingResult(all, context.warnings(), proofs);
    }

    private List<LerRecordBuilder> section(Section section, ResumeContext context) {
        List<LerRecordBuilder> records = new ArrayList<>();
        List<TrackedObject> entries = resume.objects(section.name());
        JsonNode raw = resume.peek(section.name());
        if (entries.isEmpty() && !raw.isMissingNode() && !raw.isNull() && !(raw.isArray() && raw.isEmpty())) {
            context.warn(section.name() + " is not a list of objects: it gives no record and is kept as written in"
                    + " the extensions under resume." + section.name());
        }
        for (int i = 0; i < entries.size(); i++) {
            String path = section.name() + "[" + i + "]";
            List<LerRecordBuilder> mapped = section.mapper().map(entries.get(i), path, context);
            if (mapped.isEmpty()) {
                unmapped.computeIfAbsent(section.name(), name -> new ArrayList<>()).add(entries.get(i).whole());
                context.warn(path + " " + section.whyNoRecord() + ": it gives no record and is kept in the extensions"
                        + " under resume." + section.name());
            }
            records.addAll(mapped);
        }
        return records;
    }

    /** The person's name and the résumé's email addresses, as the learner states them. */
    private static Subject subject(TrackedObject person, TrackedObject communication) {
        TrackedObject name = person.object("name");
        String given = name.text("given");
        String middle = name.text("middle");
        String family = name.text("family");
        String formatted = name.text("formattedName");
        PersonName personName = given == null && family == null && formatted == null ? null
                : new PersonName(given, middle == null ? List.of() : List.of(middle), family, null, formatted);
        List<String> emails = communication.objects("email").stream()
                .map(email -> email.text("address"))
                .filter(Objects::nonNull)
                .toList();
        return new Subject(null, personName, null, emails, List.of());
    }

    /** What the résumé says beyond its entries, subject and {@link #NOT_COPIED}; then the entries that gave none. */
    private Map<String, Object> rest() {
        NOT_COPIED.forEach(resume::markRead);
        Map<String, Object> rest = new LinkedHashMap<>(resume.unread());
        rest.putAll(unmapped);
        return rest;
    }
}
