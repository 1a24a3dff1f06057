package org.lerhub.mappings.jsonresume;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lerhub.mappings.hropen.ResumeContext;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Result;
import org.lerhub.schema.Skill;

/**
 * A {@code skills[]} entry as a {@code Competency} achievement claiming the skill and each of its
 * {@code keywords} (HTML, CSS… for "Web Development"), so that a search for any of them finds it; a
 * {@code languages[]} entry as a {@code Competency} in that language. The {@code level} or {@code fluency} the
 * learner claims is the result's score. An entry without a name gives no record.
 */
final class Abilities {

    private Abilities() {
    }

    static Optional<LerRecordBuilder> skill(TrackedObject entry, String path, ResumeContext context) {
        return competency(entry, path, context, "name", "level", entry.texts("keywords"));
    }

    static Optional<LerRecordBuilder> language(TrackedObject entry, String path, ResumeContext context) {
        return competency(entry, path, context, "language", "fluency", List.of());
    }

    private static Optional<LerRecordBuilder> competency(TrackedObject entry, String path, ResumeContext context,
                                                         String nameField, String levelField, List<String> keywords) {
        String name = entry.text(nameField);
        if (name == null) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>(List.of(name));
        labels.addAll(keywords);
        String level = entry.text(levelField);
        return Optional.of(context.record(RecordKind.ACHIEVEMENT, path)
                .achievementType("Competency")
                .title(name)
                .skills(distinct(labels))
                .result(level == null ? null : new Result(null, null, null, null, null, null, level, null))
                .extensions(entry.unread()));
    }

    /** One skill per label, whatever its case: a keyword that repeats the skill's name adds nothing. */
    private static List<Skill> distinct(List<String> labels) {
        Map<String, Skill> skills = new LinkedHashMap<>();
        for (String label : labels) {
            String clean = label.strip();
            skills.putIfAbsent(clean.toLowerCase(Locale.ROOT), Skill.labelled(clean));
        }
        return List.copyOf(skills.values());
    }
}
