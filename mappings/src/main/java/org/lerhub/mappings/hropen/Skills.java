package org.lerhub.mappings.hropen;

import java.util.List;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Skill;

/**
 * A {@code skills[]} entry as a {@code Competency} achievement claiming that one skill, with the learner's
 * comments as its description; {@code yearsOfExperience} and the rest stay in the extensions.
 */
final class Skills {

    static final String WHY_NO_RECORD = "has no name";

    private Skills() {
    }

    static List<LerRecordBuilder> map(TrackedObject skill, String path, ResumeContext context) {
        String name = skill.text("name");
        if (name == null) {
            return List.of();
        }
        LerRecordBuilder record = context.record(RecordKind.ACHIEVEMENT, path)
                .achievementType("Competency")
                .title(name)
                .description(Entries.text(skill, "comments"))
                .skill(Skill.labelled(name));
        return List.of(record.extensions(skill.unread()));
    }
}
