package org.lerhub.mappings.openbadges;

import java.util.ArrayList;
import java.util.List;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Skill;

/** The skills a badge names: its {@code alignment[]} (both Open Badges generations spell it alike) and free labels. */
final class Alignments {

    private Alignments() {
    }

    /**
     * Alignments (name, framework, code, URL) as skills, then the labels (tags, a Competency's name), without
     * repeats. An alignment without a name is no usable skill and stays in the extensions.
     */
    static List<Skill> skills(List<TrackedObject> alignments, List<String> labels) {
        List<Skill> skills = new ArrayList<>();
        for (TrackedObject alignment : alignments) {
            alignment.impliedType("Alignment");
            if (alignment.has("targetName")) {
                skills.add(new Skill(alignment.text("targetName"), alignment.text("targetFramework"),
                        alignment.text("targetCode"), alignment.text("targetUrl")));
            }
        }
        labels.forEach(label -> skills.add(Skill.labelled(label)));
        return skills.stream().distinct().toList();
    }
}
