package org.lerhub.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.lerhub.demo.LearnerStory.BadgeAward;
import org.lerhub.demo.Onet.Alignment;
import org.lerhub.demo.Programs.BadgeTemplate;
import org.lerhub.demo.Programs.Issuer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A badge as an Open Badges 3.0 OpenBadgeCredential (VCDM 2.0), unsigned: the demo has no issuer keys, so the
 * hub shows these as having no proof. The learner is named by email, in plain text or as a salted SHA-256 hash.
 */
final class OpenBadgeWriter {

    private OpenBadgeWriter() {
    }

    static byte[] write(String email, BadgeAward award) {
        BadgeTemplate template = award.template();
        ObjectNode credential = JsonText.object();
        credential.set("@context", JsonText.strings("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        credential.put("id", "urn:uuid:" + award.id());
        credential.set("type", JsonText.strings("VerifiableCredential", "OpenBadgeCredential"));
        credential.set("issuer", profile(award.issuer()));
        credential.put("validFrom", award.validFrom().toString());
        if (award.validUntil() != null) {
            credential.put("validUntil", award.validUntil().toString());
        }
        credential.put("name", template.name());

        ObjectNode subject = credential.putObject("credentialSubject");
        subject.set("type", JsonText.strings("AchievementSubject"));
        subject.putArray("identifier").add(identity(email, award.salt()));
        if (award.licenseNumber() != null) {
            subject.put("licenseNumber", award.licenseNumber());
        }
        subject.set("achievement", achievement(award.issuer(), template));
        return JsonText.bytes(credential);
    }

    private static ObjectNode profile(Issuer issuer) {
        ObjectNode profile = JsonText.object();
        profile.put("id", "https://" + issuer.host() + "/issuer");
        profile.set("type", JsonText.strings("Profile"));
        profile.put("name", issuer.name());
        profile.put("url", "https://" + issuer.host());
        return profile;
    }

    private static ObjectNode identity(String email, String salt) {
        ObjectNode identity = JsonText.object();
        identity.put("type", "IdentityObject");
        identity.put("identityType", "emailAddress");
        identity.put("hashed", salt != null);
        identity.put("identityHash", salt == null ? email : hashed(email, salt));
        if (salt != null) {
            identity.put("salt", salt);
        }
        return identity;
    }

    /** The Open Badges identity hash: {@code sha256$} and the hex SHA-256 of the email followed by the salt. */
    static String hashed(String email, String salt) {
        try {
            byte[] text = (email + salt).getBytes(StandardCharsets.UTF_8);
            return "sha256$" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static ObjectNode achievement(Issuer issuer, BadgeTemplate template) {
        ObjectNode achievement = JsonText.object();
        achievement.put("id", "https://" + issuer.host() + "/achievements/" + slug(template.name()));
        achievement.set("type", JsonText.strings("Achievement"));
        achievement.put("achievementType", template.achievementType());
        achievement.put("name", template.name());
        achievement.put("description", template.description());
        achievement.putObject("criteria").put("narrative", template.criteria());
        ArrayNode alignments = achievement.putArray("alignment");
        for (Alignment target : template.alignments()) {
            ObjectNode alignment = alignments.addObject();
            alignment.set("type", JsonText.strings("Alignment"));
            alignment.put("targetName", target.targetName());
            alignment.put("targetFramework", target.targetFramework());
            alignment.put("targetCode", target.targetCode());
            alignment.put("targetUrl", target.targetUrl());
        }
        achievement.set("tag", JsonText.strings(template.tags().toArray(String[]::new)));
        return achievement;
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
