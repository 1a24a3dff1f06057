package org.lerhub.mappings.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lerhub.mapping.Mappers;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SignedPart;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.GoldenFiles;
import org.lerhub.schema.Dates;
import org.lerhub.schema.Evidence;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Organization;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Skill;
import org.lerhub.schema.TrustLevel;
import tools.jackson.databind.node.ObjectNode;

class OpenBadges3MapperTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/obv3");

    /** Files under corpus/obv3 that are not badges this mapper maps; every other file must have a golden file. */
    private static final Set<String> NOT_BADGES = Set.of(
            "1edtech-validator/bit-string-list/testlist.json",
            "dcc/statusList-e5WK8CbZ1GjycuPombrj.json",
            "1edtech-validator/endorsement-valid.json",
            "schema/ob_v3p0_achievementcredential_schema.json");

    /** A badge sample without an achievement, which the mapper rejects (see {@link Rejection}). */
    private static final String NO_ACHIEVEMENT = "1edtech-validator/simple-err-issued.json";

    private static final String SIMPLE = "1edtech-validator/simple.json";
    private static final String COMPLETE = "1edtech-validator/complete.json";
    private static final String ALIGNMENTS = "dcc/eddsa-legacyRegistry-noStatus-noExpiry-alignments.json";

    private final OpenBadges3Mapper mapper = new OpenBadges3Mapper();

    static Stream<String> badgeSamples() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            List<String> samples = files.filter(Files::isRegularFile)
                    .map(file -> CORPUS.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".json") && !NOT_BADGES.contains(name) && !name.equals(NO_ACHIEVEMENT))
                    .sorted()
                    .toList();
            assertThat(samples).as("badge samples under %s", CORPUS).isNotEmpty();
            return samples.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("badgeSamples")
    void mapsEachBadgeSampleAsItsGoldenFileSays(String sample) throws MappingException {
        List<LerRecord> records = mapper.map(sample(sample)).records();

        assertThat(records).hasSize(1);
        GoldenFiles.assertMatches(OpenBadges3Mapper.FORMAT_ID, "obv3/" + sample, records);
    }

    @ParameterizedTest
    @MethodSource("badgeSamples")
    void handsTheExactSignedTextToTheVerifier(String sample) throws MappingException {
        MappingResult result = mapper.map(sample(sample));

        LerRecord record = result.records().get(0);
        assertThat(record.provenance().trust()).isEqualTo(TrustLevel.ISSUER_SIGNED);
        assertThat(result.proofs()).containsExactly(new SignedPart("application/vc+ld+json", text(sample),
                List.of(record.provenance().sourceRecordId())));
    }

    @Nested
    class Recognition {

        @ParameterizedTest
        @MethodSource("org.lerhub.mappings.openbadges.OpenBadges3MapperTest#badgeSamples")
        void recognizesEveryBadgeSample(String sample) {
            assertThat(mapper.recognizes(sample(sample))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1edtech-validator/bit-string-list/testlist.json", "dcc/statusList-e5WK8CbZ1GjycuPombrj.json",
                "1edtech-validator/endorsement-valid.json", "schema/ob_v3p0_achievementcredential_schema.json"})
        void doesNotRecognizeStatusListsEndorsementsOrSchemas(String sample) {
            assertThat(mapper.recognizes(sample(sample))).isFalse();
        }

        @Test
        void doesNotRecognizePescXml() {
            assertThat(mapper.recognizes(GoldenFiles.sample("pesc/college-transcript.xml", "application/xml"))).isFalse();
        }

        @Test
        void doesNotRecognizeAClr() {
            String clr = """
                    {"type": ["VerifiableCredential", "ClrCredential"],
                     "credentialSubject": {"verifiableCredential": [{"type": ["VerifiableCredential", "OpenBadgeCredential"]}]}}""";
            assertThat(mapper.recognizes(json(clr))).isFalse();
            assertThat(mapper.recognizes(json(jwt(header(), (ObjectNode) GoldenFiles.JSON.readTree(clr), "c2ln"))))
                    .isFalse();
        }

        @Test
        void doesNotRecognizeGarbage() {
            assertThat(mapper.recognizes(json(""))).isFalse();
            assertThat(mapper.recognizes(json("{\"type\": \"OpenBadgeCredential\", "))).isFalse();
            assertThat(mapper.recognizes(json("eyJhbGciOiJub25lIn0.bm90IGpzb24."))).isFalse();
        }

        @Test
        void looksPastTheHeadWhenTheTypeComesLate() {
            ObjectNode credential = GoldenFiles.JSON.createObjectNode();
            credential.put("image", "data:image/png;base64," + "A".repeat(SourceDocument.HEAD_BYTES));
            credential.setAll(parse(SIMPLE));

            assertThat(mapper.recognizes(json(credential.toString()))).isTrue();
        }

        @Test
        void isFoundThroughTheServiceLoader() {
            Mappers mappers = Mappers.fromClasspath();

            assertThat(mappers.forFormat("ob3")).containsInstanceOf(OpenBadges3Mapper.class);
            assertThat(mappers.detect(sample(SIMPLE))).containsInstanceOf(OpenBadges3Mapper.class);
        }
    }

    @Nested
    class Mapping {

        @Test
        void mapsTheAchievementIssuerAndSubject() throws MappingException {
            LerRecord record = only(sample(SIMPLE));

            assertThat(record.kind()).isEqualTo(RecordKind.ACHIEVEMENT);
            assertThat(record.achievementType()).isEqualTo("Badge");
            assertThat(record.title()).isEqualTo("Teamwork");
            assertThat(record.issuer()).isEqualTo(new Organization("https://example.com/issuers/876543",
                    "Example Corp", OrganizationType.ISSUER, List.of(), null, null));
            assertThat(record.subject().identifiers())
                    .containsExactly(Identifier.of("did", "did:example:ebfeb1f712ebc6f1c276e12ec21"));
            assertThat(record.provenance().sourceRecordId()).isEqualTo("http://example.com/credentials/3527");
            assertThat(record.extensions()).containsEntry("name", "Teamwork Badge")
                    .containsEntry("achievement.id", "https://example.com/achievements/21st-century-skills/teamwork")
                    .containsKeys("id", "@context", "criteria")
                    .doesNotContainKeys("type", "proof", "credentialSubject.type", "achievement.type");
        }

        @Test
        void alignmentsBecomeSkillsWithFrameworkAndCode() throws MappingException {
            LerRecord record = only(sample(ALIGNMENTS));

            String url = "https://credentialfinder.org/credential/20229/Requirements_Analysis";
            // the second alignment names the same skill without a code: one skill
            assertThat(record.skills()).containsExactly(
                    new Skill("Requirements Analysis", "Edmonds College Course Catalog",
                            "ce-cf4dee18-7cea-443a-b920-158a0762c6bf", url));
            // the second alignment's targetDescription has no slot in Skill
            assertThat(record.extensions().get("alignment")).asInstanceOf(LIST).hasSize(1);
            assertThat(record.issuer().identifiers()).containsExactly(
                    Identifier.of("did", "did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q"));
        }

        @Test
        void aResultWithoutADescriptionIsAPlainGrade() throws MappingException {
            LerRecord record = only(variant(SIMPLE, credential -> ((ObjectNode) credential.get("credentialSubject"))
                    .putArray("result").addObject().put("type", "Result").put("value", "B+")));

            assertThat(record.result().grade()).isEqualTo("B+");
            assertThat(record.result().gradeScale()).isNull();
        }

        @Test
        void keepsAHashedIdentityHashedWithItsSalt() throws MappingException {
            String hash = "sha256$29b6a8d9a7b1d1f1f3e5c1f6dc8d57b2b1a4b5e0e6b3a1a8b4f7a3c9d2e1f0a5";
            LerRecord record = only(variant(SIMPLE, credential -> {
                ObjectNode subject = (ObjectNode) credential.get("credentialSubject");
                subject.remove("id");
                subject.putArray("identifier").addObject()
                        .put("type", "IdentityObject")
                        .put("identityType", "emailAddress")
                        .put("identityHash", hash)
                        .put("hashed", true)
                        .put("salt", "s4lt");
            }));

            assertThat(record.subject().identifiers())
                    .containsExactly(new Identifier("emailAddress", hash, null, true, "s4lt"));
            assertThat(record.subject().emails()).isEmpty();
            assertThat(record.extensions()).doesNotContainKey("identifier");
        }

        @Test
        void plainEmailIdentitiesAreAlsoEmails() throws MappingException {
            LerRecord record = only(sample(COMPLETE));

            assertThat(record.subject().emails()).containsExactly("student@1edtech.edu", "somebody@gmail.com");
            assertThat(record.subject().identifiers()).contains(
                    new Identifier("emailAddress", "student@1edtech.edu", null, false, "not-used"));
        }

        @Test
        void readsVcdm11Dates() throws MappingException {
            Dates dates = only(variant("1edtech-validator/simple-eddsa-2022.json",
                    credential -> credential.put("expirationDate", "2030-06-30T12:00:00+02:00"))).dates();

            assertThat(dates.issued()).isEqualTo(LocalDate.of(2022, 11, 27));
            assertThat(dates.validFrom()).isEqualTo(Instant.parse("2022-11-27T00:00:00Z"));
            assertThat(dates.validUntil()).isEqualTo(Instant.parse("2030-06-30T10:00:00Z"));
        }

        @Test
        void readsVcdm20Dates() throws MappingException {
            Dates dates = only(sample("1edtech-validator/simple-err-expired.json")).dates();

            assertThat(dates.issued()).isEqualTo(LocalDate.of(2010, 1, 1));
            assertThat(dates.validFrom()).isEqualTo(Instant.parse("2010-01-01T00:00:00Z"));
            assertThat(dates.validUntil()).isEqualTo(Instant.parse("2010-01-01T00:00:00Z"));
        }

        @Test
        void awardedDateIsTheIssueDate() throws MappingException {
            Dates dates = only(sample("1edtech-validator/bit-string-list/credential-status-revoked.json")).dates();

            assertThat(dates.issued()).isEqualTo(LocalDate.of(2023, 5, 22));
            assertThat(dates.validFrom()).isEqualTo(Instant.parse("2023-05-23T01:10:41Z"));
        }

        @Test
        void keepsADateItCannotReadAndSaysSo() throws MappingException {
            MappingResult result = mapper.map(variant(SIMPLE, credential -> credential.put("validFrom", "last spring")));

            assertThat(result.records().get(0).dates()).isNull();
            assertThat(result.records().get(0).extensions()).containsEntry("validFrom", "last spring");
            assertThat(result.warnings()).anySatisfy(warning -> assertThat(warning).contains("validFrom"));
        }

        @Test
        void keepsEvidenceResultAndCreditsOfTheCompleteSample() throws MappingException {
            LerRecord record = only(sample(COMPLETE));

            assertThat(record.achievementType()).isEqualTo("Degree");
            assertThat(record.evidence()).extracting(Evidence::name)
                    .containsExactly("Final Project Report", "Final Project Code");
            assertThat(record.evidence().get(0).genre()).isEqualTo("Research");
            assertThat(record.result().grade()).isEqualTo("A");
            assertThat(record.result().gradeScale()).isEqualTo("Final Project Grade");
            assertThat(record.result().creditsEarned()).isEqualByComparingTo(new BigDecimal("42"));
            assertThat(record.dates().activityStart()).isEqualTo(LocalDate.of(2010, 1, 1));
            assertThat(record.skills()).contains(Skill.labelled("research"), Skill.labelled("computer science"));
            assertThat(record.issuer().identifiers()).containsExactly(
                    Identifier.of("sourcedId", "12345"), Identifier.of("nationalIdentityNumber", "67890"));
            assertThat(record.extensions())
                    .containsEntry("creditsAvailable", 36)
                    .containsEntry("fieldOfStudy", "Research")
                    .containsEntry("specialization", "Computer Science Research")
                    .containsEntry("humanCode", "R1")
                    .containsEntry("licenseNumber", "A-9320041")
                    .containsEntry("term", "Fall")
                    .containsEntry("role", "Major Domo")
                    .containsKeys("result", "resultDescription", "evidence", "endorsement", "credentialStatus",
                            "credentialSchema", "image", "achievement.image", "credentialSubject.image", "issuer");
            assertThat(record.extensions().get("result")).asInstanceOf(LIST).hasSize(3);
        }

        @Test
        void warnsWhenTheLearnerCannotBeIdentified() throws MappingException {
            MappingResult result = mapper.map(sample("dcc/eddsa-noRegsitry-revokedStatus-notExpired.json"));

            assertThat(result.records().get(0).subject().name().display()).isEqualTo("Sam Salmon");
            assertThat(result.warnings()).containsExactly(
                    "credentialSubject has neither id nor identifier: the learner cannot be identified from it");
        }

        @Test
        void aCompetencyIsItselfASkill() throws MappingException {
            LerRecord record = only(variant(SIMPLE, credential ->
                    ((ObjectNode) credential.at("/credentialSubject/achievement")).put("achievementType", "Competency")));

            assertThat(record.skills()).containsExactly(Skill.labelled("Teamwork"));
        }

        @Test
        void anIssuerGivenAsAnIriIsAnOrganizationWithOnlyThatId() throws MappingException {
            LerRecord record = only(variant(SIMPLE, credential -> credential.put("issuer", "did:web:example.edu")));

            assertThat(record.issuer()).isEqualTo(new Organization("did:web:example.edu", null,
                    OrganizationType.ISSUER, List.of(Identifier.of("did", "did:web:example.edu")), null, null));
            assertThat(record.extensions()).doesNotContainKey("issuer");
        }

        @Test
        void anUnsignedCredentialIsSelfAssertedAndHasNoSignedPart() throws MappingException {
            MappingResult result = mapper.map(variant(SIMPLE, credential -> credential.remove("proof")));

            assertThat(result.records().get(0).provenance().trust()).isEqualTo(TrustLevel.SELF_ASSERTED);
            assertThat(result.proofs()).isEmpty();
        }

        @Test
        void readsUtf16WithAByteOrderMark() throws MappingException {
            String text = text(SIMPLE);
            byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);

            MappingResult result = mapper.map(new SourceDocument(utf16, "application/json", "simple-utf16.json"));

            assertThat(result.records().get(0).title()).isEqualTo("Teamwork");
            assertThat(result.proofs().get(0).content()).isEqualTo(text);
        }
    }

    @Nested
    class VcJwtTokens {

        @Test
        void mapsTheVcClaimWithTheRegisteredClaimsFoldedIn() throws MappingException {
            ObjectNode vc = parse(SIMPLE);
            vc.remove(List.of("proof", "id", "validFrom"));
            ((ObjectNode) vc.get("issuer")).remove("id");
            ((ObjectNode) vc.get("credentialSubject")).remove("id");
            ObjectNode claims = GoldenFiles.JSON.createObjectNode()
                    .put("iss", "https://example.com/issuers/876543")
                    .put("sub", "did:example:ebfeb1f712ebc6f1c276e12ec21")
                    .put("jti", "http://example.com/credentials/3527")
                    .put("nbf", 1262304000L);
            claims.set("vc", vc);
            String token = jwt(header(), claims, "c2lnbmF0dXJl");

            MappingResult result = mapper.map(json(token + "\n"));

            LerRecord record = result.records().get(0);
            assertThat(record.title()).isEqualTo("Teamwork");
            assertThat(record.issuer().id()).isEqualTo("https://example.com/issuers/876543");
            assertThat(record.subject().identifiers())
                    .containsExactly(Identifier.of("did", "did:example:ebfeb1f712ebc6f1c276e12ec21"));
            assertThat(record.dates().validFrom()).isEqualTo(Instant.parse("2010-01-01T00:00:00Z"));
            assertThat(record.provenance().trust()).isEqualTo(TrustLevel.ISSUER_SIGNED);
            assertThat(result.proofs()).containsExactly(new SignedPart("application/vc+jwt", token,
                    List.of("http://example.com/credentials/3527")));
        }

        @Test
        void mapsAVcJosePayloadThatIsTheCredentialItself() throws MappingException {
            ObjectNode credential = parse(SIMPLE);
            credential.remove("proof");
            SourceDocument token = json(jwt(header(), credential, "c2lnbmF0dXJl"));

            assertThat(mapper.recognizes(token)).isTrue();
            assertThat(only(token).title()).isEqualTo("Teamwork");
        }

        @Test
        void anUnsecuredTokenGoesToTheVerifierToBeRefused() throws MappingException {
            ObjectNode claims = GoldenFiles.JSON.createObjectNode();
            claims.set("vc", parse(SIMPLE).without("proof"));
            String token = jwt("{\"alg\":\"none\"}", claims, "");

            MappingResult result = mapper.map(json(token));

            assertThat(result.proofs()).extracting(SignedPart::mediaType, SignedPart::content)
                    .containsExactly(tuple("application/vc+jwt", token));
        }

        @Test
        void rejectsAPayloadThatIsNotJson() {
            assertThatThrownBy(() -> mapper.map(json("eyJhbGciOiJub25lIn0.bm90IGpzb24.c2ln")))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("the VC-JWT payload is not valid JSON at line 1, column");
        }
    }

    @Nested
    class Rejection {

        @Test
        void malformedJsonSaysWhere() {
            String broken = "{\"type\": [\"VerifiableCredential\",\n  \"OpenBadgeCredential\" }";

            assertThatThrownBy(() -> mapper.map(json(broken)))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("the document is not valid JSON at line 2, column");
        }

        @Test
        void aJsonArrayIsNotACredential() {
            assertThatThrownBy(() -> mapper.map(json("[" + text(SIMPLE) + "]")))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("the document is a JSON array, not an object");
        }

        @Test
        void aBadgeWithoutAchievementSaysWhatIsMissing() {
            assertThatThrownBy(() -> mapper.map(sample(NO_ACHIEVEMENT)))
                    .isInstanceOf(MappingException.class)
                    .hasMessage("credentialSubject.achievement is missing: an OpenBadgeCredential must say what was"
                            + " achieved (an Achievement object)");
        }

        @Test
        void aBadgeWithoutSubjectSaysWhatIsMissing() {
            assertThatThrownBy(() -> mapper.map(variant(SIMPLE, credential -> credential.remove("credentialSubject"))))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("credentialSubject is missing: ");
        }

        @Test
        void otherCredentialTypesAreNamed() {
            assertThatThrownBy(() -> mapper.map(sample("1edtech-validator/endorsement-valid.json")))
                    .isInstanceOf(MappingException.class)
                    .hasMessageContaining("[VerifiableCredential, EndorsementCredential]");
            assertThatThrownBy(() -> mapper.map(json("{\"type\": [\"VerifiableCredential\", \"ClrCredential\"]}")))
                    .isInstanceOf(MappingException.class)
                    .hasMessageContaining("format clr2");
        }

        @Test
        void hostileOrBrokenInputIsRefusedNotCrashedOn() {
            assertThatThrownBy(() -> mapper.map(json("[".repeat(100_000))))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("the document exceeds a parser safety limit")
                    .hasMessageContaining("nesting depth");
            assertThatThrownBy(() -> mapper.map(json("{\"id\": 1, \"id\": 2}")))
                    .isInstanceOf(MappingException.class).hasMessageContaining("Duplicate");
            assertThatThrownBy(() -> mapper.map(new SourceDocument(new byte[] {'{', (byte) 0xC3, '}'}, null, null)))
                    .isInstanceOf(MappingException.class).hasMessageContaining("not valid UTF-8");
            assertThatThrownBy(() -> mapper.map(json(" \n")))
                    .isInstanceOf(MappingException.class).hasMessageContaining("empty");
        }
    }

    // --- helpers

    private LerRecord only(SourceDocument document) throws MappingException {
        List<LerRecord> records = mapper.map(document).records();
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static SourceDocument sample(String sample) {
        return GoldenFiles.sample("obv3/" + sample, "application/json");
    }

    private static String text(String sample) {
        return new String(GoldenFiles.bytes("corpus/obv3/" + sample), StandardCharsets.UTF_8);
    }

    private static ObjectNode parse(String sample) {
        return (ObjectNode) GoldenFiles.JSON.readTree(text(sample));
    }

    /** A sample with a change, for cases the corpus lacks. */
    private static SourceDocument variant(String sample, Consumer<ObjectNode> change) {
        ObjectNode credential = parse(sample);
        change.accept(credential);
        return json(credential.toString());
    }

    private static SourceDocument json(String text) {
        return new SourceDocument(text.getBytes(StandardCharsets.UTF_8), "application/json", "test.json");
    }

    private static String header() {
        return "{\"alg\":\"EdDSA\",\"typ\":\"JWT\"}";
    }

    /** A compact JWT with the given header, payload and (fake, base64url) signature; nothing here is verified. */
    private static String jwt(String header, ObjectNode payload, String signature) {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        return base64url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64url.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8)) + "." + signature;
    }
}
