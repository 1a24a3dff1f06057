package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.consent.Consents;
import org.lerhub.engine.consent.GrantRequest;
import org.lerhub.engine.consent.GrantScope;
import org.lerhub.engine.store.Records;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.RecordId;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * One skill, three formats: an Open Badges 3.0 alignment to O*NET, a CLR 2.0 achievement's alignment and an LER-RS
 * résumé skill, each spelled its own way (case, spacing, Unicode spaces). One skill filter finds all three.
 */
class SkillSearchAcrossFormatsTest extends HubTest {

    @Autowired Records records;
    @Autowired Consents consents;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "skills-" + tag + "@example.org";
    private final String skill = "Orbital Welding " + tag;

    @Test
    void oneSkillFilterFindsTheSkillWhateverFormatItCameIn() {
        String badge = ingest("application/json", openBadge3(" orbital  welding " + tag.toUpperCase()), "ob3");
        String clr = ingest("application/json", clr2("Orbital\u00a0Welding " + tag), "clr2");
        String resume = ingest("application/json", lerRs(skill + " "), "ler-rs");
        releaseToAcme(resume);

        HubClient.Response found = hub().get("acme-hr", "/api/v1/search?skill=" + skill.replace(" ", "%20"));

        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(ids(found.json())).containsExactlyInAnyOrder(badge, clr, resume);
        HubClient.Response badgeRecord = hub().get("acme-hr", "/api/v1/records/" + badge);
        assertThat(badgeRecord.json().path("skills").get(0).path("framework").asString()).isEqualTo("O*NET");
        assertThat(badgeRecord.json().path("skills").get(0).path("code").asString()).isEqualTo("51-4121.00");
        assertThat(badgeRecord.json().path("skills").get(0).path("label").asString())
                .as("one spacing, whatever the source wrote").isEqualTo("orbital welding " + tag.toUpperCase());
    }

    private String ingest(String mediaType, String body, String format) {
        HubClient.Response created = hub().post("tn-admin", "/api/v1/documents", mediaType,
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("format").asString()).isEqualTo(format);
        return created.json().path("recordIds").get(created.json().path("recordIds").size() - 1).asString();
    }

    /** The learner the three documents name has no account here; the grant is made as the learner would make it. */
    private void releaseToAcme(String recordId) {
        LearnerId learner = records.find(RecordId.of(recordId)).orElseThrow().subject().learnerId();
        consents.grant(learner, new GrantRequest("acme", GrantScope.ALL, null, null, "hiring", null, false, false));
    }

    private static List<String> ids(JsonNode results) {
        return results.path("hits").findValuesAsString("recordId");
    }

    private String openBadge3(String alignmentName) {
        return """
                {"@context": ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "urn:uuid:%s", "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": {"id": "https://badges.example.edu/issuers/1", "type": ["Profile"], "name": "Example College"},
                 "validFrom": "2026-01-15T00:00:00Z",
                 "credentialSubject": {"type": ["AchievementSubject"],
                   "identifier": [{"type": "IdentityObject", "identityType": "emailAddress", "hashed": false,
                                   "identityHash": "%s"}],
                   "achievement": {"id": "https://badges.example.edu/achievements/%s", "type": ["Achievement"],
                     "name": "Orbital welding", "criteria": {"narrative": "Passed the practical exam."},
                     "alignment": [{"type": ["Alignment"], "targetName": "%s", "targetFramework": "ONET-SOC 2019",
                                    "targetUrl": "https://www.onetonline.org/link/summary/51-4121.00"}]}}}
                """.formatted(UUID.randomUUID(), email, UUID.randomUUID(), alignmentName);
    }

    private String clr2(String alignmentName) {
        return """
                {"@context": ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "urn:uuid:%s", "type": ["VerifiableCredential", "ClrCredential"],
                 "issuer": {"id": "https://college.example.edu/issuer", "type": ["Profile"], "name": "Example College"},
                 "validFrom": "2026-01-15T00:00:00Z", "name": "Welding program record",
                 "credentialSubject": {"type": ["ClrSubject"],
                   "identifier": [{"type": "IdentityObject", "identityType": "emailAddress", "hashed": false,
                                   "identityHash": "%s"}],
                   "verifiableCredential": [{
                     "@context": ["https://www.w3.org/ns/credentials/v2",
                                  "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                     "id": "urn:uuid:%s", "type": ["VerifiableCredential", "AchievementCredential"],
                     "issuer": {"id": "https://college.example.edu/issuer", "type": ["Profile"], "name": "Example College"},
                     "validFrom": "2026-01-15T00:00:00Z",
                     "credentialSubject": {"type": ["AchievementSubject"],
                       "identifier": [{"type": "IdentityObject", "identityType": "emailAddress", "hashed": false,
                                       "identityHash": "%s"}],
                       "achievement": {"id": "https://college.example.edu/courses/weld-210", "type": ["Achievement"],
                         "achievementType": "Course", "name": "WELD 210 Pipe welding",
                         "criteria": {"narrative": "Completed the course."},
                         "alignment": [{"type": ["Alignment"], "targetName": "%s",
                                        "targetUrl": "https://college.example.edu/skills/orbital-welding"}]}}}]}}
                """.formatted(UUID.randomUUID(), email, UUID.randomUUID(), email, alignmentName);
    }

    private String lerRs(String skillName) {
        return """
                {"type": "https://schemas.hropenstandards.org/LER-RS",
                 "person": {"name": {"formattedName": "Sam Skills"}},
                 "communication": {"email": [{"address": "%s"}]},
                 "employmentHistories": [],
                 "skills": [{"name": "%s"}]}
                """.formatted(email, skillName);
    }
}
