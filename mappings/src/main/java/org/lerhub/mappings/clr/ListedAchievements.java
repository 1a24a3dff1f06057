package org.lerhub.mappings.clr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lerhub.mappings.json.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * A CLR's {@code credentialSubject.achievement[]}: achievements its issuer lists, per CLR 2.0 those it expects
 * the learner to achieve, without awarding them. They do not become records: a record says the learner achieved
 * something, and a skill search must not find a course the learner has yet to take. They stay in the CLR
 * extension, where associations that end at them (a degree's required courses) still make sense.
 */
record ListedAchievements(List<JsonNode> achievements) {

    static ListedAchievements of(JsonNode subject) {
        return new ListedAchievements(JsonFields.items(subject.get("achievement")));
    }

    Set<String> ids() {
        Set<String> ids = new HashSet<>();
        achievements.forEach(achievement -> ids.add(JsonFields.text(achievement.get("id"))));
        return ids;
    }

    /**
     * The listed achievements that are not a copy of one a packaged credential awards: such a copy says nothing
     * the credential, signed by the achievement's issuer, does not say already. One that differs is kept.
     */
    List<JsonNode> notAwarded(List<PackagedCredential> credentials) {
        Set<JsonNode> awarded = new HashSet<>();
        credentials.forEach(credential ->
                awarded.add(credential.envelope().credential().path("credentialSubject").path("achievement")));
        return achievements.stream().filter(achievement -> !awarded.contains(achievement)).toList();
    }
}
