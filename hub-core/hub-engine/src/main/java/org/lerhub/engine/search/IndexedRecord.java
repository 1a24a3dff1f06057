package org.lerhub.engine.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lerhub.schema.LerRecord;

/**
 * What the index holds of a record: the searchable, facetable fields and the grants that release it, nothing
 * more. Built from the stored record and the consent store, so the index can always be rebuilt from them.
 */
public record IndexedRecord(String recordId, String learnerId, String agencyId, String kind, String title,
                            String description, String issuer, List<String> skills, String verification,
                            LocalDate date, List<Release> releases) {

    public IndexedRecord {
        skills = List.copyOf(skills);
        releases = List.copyOf(releases);
    }

    /** The entry of a record and the live grants that cover it. */
    public static IndexedRecord of(LerRecord record, List<Release> releases) {
        var dates = record.dates();
        LocalDate date = dates == null ? null
                : dates.issued() != null ? dates.issued()
                : dates.activityEnd() != null ? dates.activityEnd() : dates.activityStart();
        return new IndexedRecord(record.id().value(),
                record.subject() == null || record.subject().learnerId() == null ? null
                        : record.subject().learnerId().value(),
                record.provenance() == null ? null : record.provenance().agencyId(),
                record.kind().name(), record.title(), record.description(),
                record.issuer() == null ? null : record.issuer().name(),
                record.skills().stream().map(s -> s.label()).filter(l -> l != null && !l.isBlank()).distinct().toList(),
                record.verification() == null ? null : record.verification().status().name(), date, releases);
    }

    /** Titles, descriptions, issuers and skills: what a full release makes searchable. */
    public String fullText() {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {title, description, issuer}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        parts.addAll(skills);
        return parts.isEmpty() ? "" : String.join("\n", parts) + "\n";
    }

    /** Title and skills: all that a skills summary makes searchable. */
    public String summaryText() {
        StringBuilder summary = new StringBuilder(title == null ? "" : title);
        skills.forEach(skill -> summary.append('\n').append(skill));
        return summary.toString();
    }

    /** How issuers and skills are matched by filters: trimmed, lower case. */
    public static String key(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }
}
