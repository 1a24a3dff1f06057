package org.lerhub.mappings.jsonresume;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mappings.hropen.ResumeContext;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.PersonName;
import org.lerhub.schema.Subject;

/**
 * One JSON Resume as records: {@code basics.name} and {@code basics.email} are the subject of every record, each
 * entry of a mapped section becomes one record, and what the résumé says besides (its {@code $schema} and
 * {@code meta}, projects, publications, interests, entries that gave no record) is kept on every record under
 * {@code resume}. Use one instance per document.
 */
final class JsonResumeMapping {

    /** A section of the résumé: an array of entries, and how one entry becomes a record (or none). */
    private record Section(String name, Entry entry) {
    }

    @FunctionalInterface
    private interface Entry {
        Optional<LerRecordBuilder> map(TrackedObject entry, String path, ResumeContext context);
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("work", Jobs::job),
            new Section("volunteer", Jobs::volunteering),
            new Section("education", Studies::degree),
            new Section("awards", Honours::award),
            new Section("certificates", Honours::certificate),
            new Section("skills", Abilities::skill),
            new Section("languages", Abilities::language));

    static final List<String> SECTION_NAMES = SECTIONS.stream().map(Section::name).toList();

    /**
     * Not copied into records, for data minimisation as in the LER-RS mapper: {@code references} are other
     * people's statements (and names) given for one application. {@code basics} is read for the name and email
     * only; its phone, address, profiles, photo and summary stay in the original document too.
     */
    private static final List<String> NOT_COPIED = List.of("references");

    private final TrackedObject resume;
    private final Map<String, List<Object>> unmapped = new LinkedHashMap<>();

    JsonResumeMapping(TrackedObject resume) {
        this.resume = resume;
    }

    MappingResult map() throws MappingException {
        Subject subject = subject(resume.object("basics"));
        ResumeContext context = new ResumeContext(JsonResumeMapper.FORMAT_ID, subject);
        if (subject.name() == null && subject.emails().isEmpty()) {
            context.warn("the résumé has neither basics.name nor basics.email: its records cannot be linked to a"
                    + " learner");
        }
        List<LerRecordBuilder> records = new ArrayList<>();
        for (Section section : SECTIONS) {
            List<TrackedObject> entries = resume.objects(section.name());
            if (entries.isEmpty() && resume.has(section.name()) && !resume.peek(section.name()).isEmpty()) {
                context.warn(section.name() + " is not a list of objects: it gives no record and is kept as written"
                        + " in the extensions under resume." + section.name());
            }
            for (int i = 0; i < entries.size(); i++) {
                TrackedObject entry = entries.get(i);
                String path = section.name() + "[" + i + "]";
                section.entry().map(entry, path, context)
                        .ifPresentOrElse(records::add, () -> keepUnmapped(section.name(), entry, path, context));
            }
        }
        if (records.isEmpty()) {
            throw new MappingException("the résumé has no work, volunteering, education, awards, certificates,"
                    + " skills or languages to map: nothing in it can become a record");
        }
        NOT_COPIED.forEach(resume::markRead);
        Map<String, Object> rest = new LinkedHashMap<>(resume.unread());
        rest.putAll(unmapped);
        return new MappingResult(records.stream().map(record -> record.extension("resume", rest).build()).toList(),
                context.warnings(), List.of());
    }

    private void keepUnmapped(String section, TrackedObject entry, String path, ResumeContext context) {
        unmapped.computeIfAbsent(section, name -> new ArrayList<>()).add(entry.whole());
        context.warn(path + " has no name or title: it gives no record and is kept in the extensions under resume."
                + section);
    }

    /** JSON Resume has the name in one piece, so it is the formatted name. */
    private static Subject subject(TrackedObject basics) {
        String name = basics.text("name");
        String email = basics.text("email");
        return new Subject(null, name == null ? null : new PersonName(null, List.of(), null, null, name), null,
                email == null ? List.of() : List.of(email), List.of());
    }
}
