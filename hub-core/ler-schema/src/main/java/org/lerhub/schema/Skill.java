package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A skill or competency the record evidences, aligned to a framework where the source says (an Open Badges or CLR
 * alignment) or a free label (an HR record's skill). Values are normalized on the way in, whatever the format: the
 * label's spacing and Unicode form, a known framework's one name ({@link SkillFrameworks}), and the code a framework
 * URL carries, so that one skill filter and one facet work across formats.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Skill(String label, String framework, String code, String url) {

    public Skill {
        label = clean(label);
        url = clean(url);
        SkillFrameworks.Known known = SkillFrameworks.recognize(clean(framework), url);
        framework = known == null ? clean(framework) : known.name();
        code = clean(code);
        if (code == null && known != null && url != null) {
            code = known.codeIn(url);
        }
    }

    public static Skill labelled(String label) {
        return new Skill(label, null, null, null);
    }

    /**
     * One entry per skill: the same framework code at the same link, or the same label, is one skill; a coded entry
     * absorbs a plain label naming the same skill, and keeps the first place either had. The same code at another
     * link stays, so that no link a source gave is lost.
     */
    public static List<Skill> distinct(List<Skill> skills) {
        List<Skill> out = new ArrayList<>();
        Map<String, Integer> slotOfCode = new HashMap<>();
        Map<String, Integer> slotOfLabel = new HashMap<>();
        for (Skill skill : skills) {
            if (skill == null || (skill.label() == null && skill.code() == null)) {
                continue;
            }
            String codeKey = skill.code() == null ? null : skill.framework() + "|" + skill.code() + "|" + skill.url();
            String labelKey = skill.label() == null ? null : skill.label().toLowerCase(Locale.ROOT);
            if (codeKey != null && slotOfCode.containsKey(codeKey)) {
                continue;
            }
            Integer slot = labelKey == null ? null : slotOfLabel.get(labelKey);
            if (slot != null && codeKey == null) {
                continue; // a label already named
            }
            if (slot != null && out.get(slot).code() == null) {
                out.set(slot, skill); // the coded entry says more than the plain label it names
            } else {
                out.add(skill);
                slot = out.size() - 1;
                if (labelKey != null) {
                    slotOfLabel.putIfAbsent(labelKey, slot);
                }
            }
            if (codeKey != null) {
                slotOfCode.put(codeKey, slot);
            }
        }
        return out;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
        return normalized.isEmpty() ? null : normalized;
    }
}
