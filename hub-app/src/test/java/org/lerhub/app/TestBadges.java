package org.lerhub.app;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Unsigned Open Badges 3.0 credentials for a learner's email, each unique, for tests that need fresh records. */
final class TestBadges {

    private TestBadges() {
    }

    static byte[] badge(String email, String title, String skill) {
        return """
                {
                  "@context": ["https://www.w3.org/ns/credentials/v2",
                               "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                  "id": "urn:uuid:%s",
                  "type": ["VerifiableCredential", "OpenBadgeCredential"],
                  "issuer": {"id": "https://badges.example.edu/issuers/1", "type": ["Profile"], "name": "Example College"},
                  "validFrom": "2026-01-15T00:00:00Z",
                  "credentialSubject": {
                    "type": ["AchievementSubject"],
                    "identifier": [{"type": "IdentityObject", "identityType": "emailAddress", "hashed": false,
                                    "identityHash": "%s"}],
                    "achievement": {
                      "id": "https://badges.example.edu/achievements/%s", "type": ["Achievement"],
                      "achievementType": "Badge", "name": "%s", "description": "A test badge.",
                      "criteria": {"narrative": "Passed the practical exam."},
                      "alignment": [{"type": ["Alignment"], "targetName": "%s", "targetUrl": "https://example.org/%s"}]
                    }
                  }
                }""".formatted(UUID.randomUUID(), email, UUID.randomUUID(), title, skill, skill)
                .getBytes(StandardCharsets.UTF_8);
    }
}
