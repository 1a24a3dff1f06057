package org.lerhub.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lerhub.demo.DemoDataGenerator;
import org.lerhub.demo.GeneratedDocument;
import org.lerhub.engine.verification.DataIntegritySigner;

/**
 * The synthetic corpus: the demo generator's documents of N learners, grouped by format in the order the hub must
 * see them (transcripts first: they introduce the learners that badges may name by a hashed email), and signed
 * copies of their Open Badges.
 */
record Corpus(Map<String, List<GeneratedDocument>> byFormat, List<GeneratedDocument> signedBadges) {

    static final List<String> FORMATS = List.of(GeneratedDocument.PESC_COLLEGE_TRANSCRIPT,
            GeneratedDocument.OPEN_BADGES_3, GeneratedDocument.LER_RS);

    static Corpus generate(long seed, int learners, int signed) {
        Map<String, List<GeneratedDocument>> byFormat = new TreeMap<>();
        FORMATS.forEach(format -> byFormat.put(format, new ArrayList<>()));
        new DemoDataGenerator(seed).documents(learners).forEach(doc -> byFormat.get(doc.formatId()).add(doc));
        DataIntegritySigner signer = DataIntegritySigner.generate();
        List<GeneratedDocument> badges = byFormat.get(GeneratedDocument.OPEN_BADGES_3);
        List<GeneratedDocument> signedBadges = badges.stream().limit(signed)
                .map(badge -> sign(badge, signer)).toList();
        return new Corpus(byFormat, signedBadges);
    }

    /** The badge issued by the signer's did:key, so that the proof binds to the issuer, and signed. */
    private static GeneratedDocument sign(GeneratedDocument badge, DataIntegritySigner signer) {
        JsonObject credential;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(badge.content()))) {
            credential = reader.readObject();
        }
        JsonObject subject = credential.getJsonObject("credentialSubject");
        JsonObject reissued = Json.createObjectBuilder(credential)
                .add("issuer", Json.createObjectBuilder(credential.getJsonObject("issuer")).add("id", signer.didKey()))
                // licenseNumber is no term of the OB 3.0 context, and safe mode refuses to sign what it cannot see
                .add("credentialSubject", Json.createObjectBuilder(subject).remove("licenseNumber"))
                .build();
        byte[] signed = signer.sign(reissued, signer.verificationMethod()).toString().getBytes(StandardCharsets.UTF_8);
        return new GeneratedDocument(badge.agencyId(), badge.connectorId(), badge.formatId(), badge.mediaType(),
                badge.fileName().replace(".json", "-signed.json"), signed, badge.learnerEmail());
    }

    long bytes(String format) {
        return byFormat.get(format).stream().mapToLong(d -> d.content().length).sum();
    }
}
