package org.lerhub.mappings.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lerhub.mappings.JsonSamples.json;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lerhub.mapping.LinkedResources;
import org.lerhub.mapping.Mappers;
import org.lerhub.mapping.MappingContext;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SignedPart;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.GoldenFiles;
import org.lerhub.mappings.JsonSamples;
import org.lerhub.schema.Evidence;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Organization;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.Skill;
import org.lerhub.schema.TrustLevel;
import tools.jackson.databind.node.ObjectNode;

class OpenBadges2MapperTest {

    private static final String HOSTED = "basic-assertion.json";
    private static final String SIGNED = "simple.jwt";
    private static final String BADGE_URL = "https://example.org/robotics-badge.json";
    private static final String ISSUER_URL = "https://example.org/organization.json";
    private static final String HASH = "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942";

    private final OpenBadges2Mapper mapper = new OpenBadges2Mapper();

    static Stream<String> samples() {
        return Stream.of(HOSTED, "basic-assertion-expired.json", SIGNED, "simple-revoked.jwt");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void mapsEachSampleAsItsGoldenFileSays(String sample) throws MappingException {
        GoldenFiles.assertMatches(OpenBadges2Mapper.FORMAT_ID, "ob2/" + sample, map(sample(sample)).records());
    }

    @Nested
    class Recognition {

        @ParameterizedTest
        @MethodSource("org.lerhub.mappings.openbadges.OpenBadges2MapperTest#samples")
        void recognizesEverySampleAndTheRegistryPicksIt(String sample) {
            assertThat(mapper.recognizes(sample(sample))).isTrue();
            assertThat(Mappers.fromClasspath().detect(sample(sample))).containsInstanceOf(OpenBadges2Mapper.class);
        }

        @Test
        void recognizesAnAssertionByItsTypeOrByTheContextAlone() {
            assertThat(mapper.recognizes(json("{\"type\": \"Assertion\", \"badge\": \"" + BADGE_URL + "\"}"))).isTrue();
            assertThat(mapper.recognizes(json("""
                    {"@context": "https://w3id.org/openbadges/v2", "recipient": {"identity": "a@b.org"},
                     "badge": "https://example.org/b.json"}"""))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ob2/assets/robotics-badge.json", "ob2/assets/organization.json",
                "obv3/1edtech-validator/simple.json", "clr2/1edtech-validator/simple.json",
                "clr2/1edtech-validator/simple.jwt", "pesc/college-transcript.xml"})
        void doesNotRecognizeBadgeClassesIssuersOb3ClrOrPesc(String path) {
            assertThat(mapper.recognizes(GoldenFiles.sample(path, null))).isFalse();
        }
    }

    @Nested
    class Mapping {

        @Test
        void theBadgeClassNamesTheAchievementAndTheIssuerComesFromItsLink() throws MappingException {
            LerRecord record = map(sample(HOSTED)).records().get(0);

            assertThat(record.achievementType()).isEqualTo("Badge");
            assertThat(record.title()).isEqualTo("Awesome Robotics Badge");
            assertThat(record.description()).startsWith("For doing awesome things with robots");
            assertThat(record.issuer()).isEqualTo(new Organization(ISSUER_URL, "An Example Badge Issuer",
                    OrganizationType.ISSUER, List.of(), "https://example.org", "contact@example.org"));
            assertThat(record.extensions())
                    .containsEntry("criteria", "https://example.org/badgecriteria.json")
                    .containsEntry("badge.image", "https://example.org/robotics-badge.png")
                    .containsEntry("image", "https://example.org/beths-robot-badge.png")
                    .containsKey("issuer")
                    .doesNotContainKeys("badge", "type", "badge.type", "recipient", "issuedOn");
        }

        @Test
        void aHashedRecipientStaysHashedWithItsSalt() throws MappingException {
            LerRecord record = map(sample(HOSTED)).records().get(0);

            assertThat(record.subject().identifiers())
                    .containsExactly(new Identifier("email", HASH, null, true, "deadsea"));
            assertThat(record.subject().emails()).isEmpty();
        }

        @Test
        void aPlainEmailIsAlsoAnEmail() throws MappingException {
            LerRecord record = map(variant(HOSTED, assertion -> assertion.putObject("recipient")
                    .put("type", "email").put("hashed", false).put("identity", "beth@example.org")))
                    .records().get(0);

            assertThat(record.subject().emails()).containsExactly("beth@example.org");
            assertThat(record.subject().identifiers()).containsExactly(Identifier.of("email", "beth@example.org"));
        }

        @Test
        void issuedOnAndExpiresAreTheDates() throws MappingException {
            LerRecord record = map(sample("basic-assertion-expired.json")).records().get(0);

            assertThat(record.dates().issued()).isEqualTo(LocalDate.of(2016, 12, 31));
            assertThat(record.dates().validFrom()).isEqualTo(Instant.parse("2016-12-31T23:59:59Z"));
            assertThat(record.dates().validUntil()).isEqualTo(Instant.parse("2022-11-15T23:59:59Z"));
        }

        @Test
        void embeddedBadgeClassAndIssuerNeedNoFetching() throws MappingException {
            ObjectNode badge = parse("assets/robotics-badge.json");
            badge.set("issuer", parse("assets/organization.json"));
            badge.putArray("alignment").addObject().put("targetName", "Robotics")
                    .put("targetFramework", "O*NET").put("targetCode", "17-2199.08")
                    .put("targetUrl", "https://www.onetonline.org/link/summary/17-2199.08");
            badge.putArray("tags").add("robots").add("teamwork");

            MappingResult result = mapper.map(variant(HOSTED, assertion -> assertion.set("badge", badge)));

            LerRecord record = result.records().get(0);
            assertThat(record.title()).isEqualTo("Awesome Robotics Badge");
            assertThat(record.issuer().id()).isEqualTo(ISSUER_URL);
            assertThat(record.skills()).containsExactly(
                    new Skill("Robotics", "O*NET", "17-2199.08", "https://www.onetonline.org/link/summary/17-2199.08"),
                    Skill.labelled("robots"), Skill.labelled("teamwork"));
            assertThat(result.warnings()).isEmpty();
        }

        @Test
        void evidenceUrlsObjectsAndTheNarrativeAreEvidence() throws MappingException {
            LerRecord plain = map(sample(HOSTED)).records().get(0);
            LerRecord rich = map(variant(HOSTED, assertion -> {
                assertion.putArray("evidence").addObject().put("id", "https://example.org/robot.mp4")
                        .put("name", "Robot video").put("audience", "Judges");
                assertion.put("narrative", "Beth built a robot.");
            })).records().get(0);

            assertThat(plain.evidence()).containsExactly(
                    new Evidence("https://example.org/beths-robot-work.html", null, null, null, null));
            assertThat(rich.evidence()).containsExactly(
                    new Evidence("https://example.org/robot.mp4", "Robot video", null, null, null),
                    new Evidence(null, null, null, "Beth built a robot.", null));
            assertThat(rich.extensions()).containsKey("evidence"); // the audience has no slot
        }

        @Test
        void aRevokedAssertionIsMappedKeptAsRevokedAndWarned() throws MappingException {
            MappingResult result = map(variant(HOSTED, assertion ->
                    assertion.put("revoked", true).put("revocationReason", "issued in error")));

            assertThat(result.records().get(0).extensions())
                    .containsEntry("revoked", true).containsEntry("revocationReason", "issued in error");
            assertThat(result.warnings()).containsExactly("the assertion says it is revoked: issued in error");
        }
    }

    @Nested
    class Verification {

        @Test
        void aHostedAssertionIsTransportAuthenticatedAndHandsItsJsonToTheVerifier() throws MappingException {
            MappingResult result = map(sample(HOSTED));

            LerRecord record = result.records().get(0);
            assertThat(record.provenance().trust()).isEqualTo(TrustLevel.TRANSPORT_AUTHENTICATED);
            assertThat(record.provenance().sourceRecordId()).isEqualTo("https://example.org/beths-robotics-badge.json");
            assertThat(result.proofs()).containsExactly(new SignedPart("application/ob2+hosted", text(HOSTED),
                    List.of("https://example.org/beths-robotics-badge.json")));
        }

        @Test
        void aSignedAssertionIsIssuerSignedAndHandsTheJwsToTheVerifier() throws MappingException {
            MappingResult result = map(sample(SIGNED));

            LerRecord record = result.records().get(0);
            assertThat(record.provenance().trust()).isEqualTo(TrustLevel.ISSUER_SIGNED);
            assertThat(result.proofs()).containsExactly(new SignedPart("application/jose", text(SIGNED).strip(),
                    List.of("https://example.org/beths-robotics-badge.json")));
            assertThat(record.extensions()).containsKey("verification"); // its creator names the key
        }

        @Test
        void theDecodedPayloadOfASignedBadgeHasNoSignatureToVerify() throws MappingException {
            String payload = new String(Base64.getUrlDecoder().decode(text(SIGNED).strip().split("\\.")[1]),
                    StandardCharsets.UTF_8);

            MappingResult result = map(json(payload));

            assertThat(result.records().get(0).provenance().trust()).isEqualTo(TrustLevel.SELF_ASSERTED);
            assertThat(result.proofs()).isEmpty();
            assertThat(result.warnings()).singleElement().asString().startsWith("verification.type is signed");
        }

        @Test
        void aHostedAssertionWithoutAUrlIdHasNothingToVerify() throws MappingException {
            MappingResult result = map(variant(HOSTED, assertion -> assertion.put("id", "urn:uuid:1234")));

            assertThat(result.records().get(0).provenance().trust()).isEqualTo(TrustLevel.SELF_ASSERTED);
            assertThat(result.proofs()).isEmpty();
            assertThat(result.warnings()).singleElement().asString().contains("urn:uuid:1234 is not");
        }
    }

    @Nested
    class LinkedDocumentsThatCannotBeFetched {

        @Test
        void anUnreachableIssuerGivesAWarningAndTheRecordIsStillMapped() throws MappingException {
            MappingResult result = mapper.map(sample(HOSTED), new MappingContext(servingAssetsExcept(ISSUER_URL)));

            LerRecord record = result.records().get(0);
            assertThat(record.title()).isEqualTo("Awesome Robotics Badge");
            assertThat(record.issuer()).isEqualTo(new Organization(ISSUER_URL, null, OrganizationType.ISSUER,
                    List.of(), null, null));
            assertThat(result.warnings()).containsExactly("the Issuer " + ISSUER_URL
                    + " could not be fetched: the record names its issuer by that URL only");
        }

        @Test
        void anUnreachableBadgeClassIsAMappingErrorThatNamesItsUrl() {
            assertThatThrownBy(() -> mapper.map(sample(HOSTED), new MappingContext(servingAssetsExcept(BADGE_URL))))
                    .isInstanceOf(MappingException.class)
                    .hasMessage("the BadgeClass " + BADGE_URL + " could not be fetched: it names the achievement, so"
                            + " the assertion cannot be mapped without it");
        }

        @Test
        void withoutLinkedResourcesNothingIsFetched() {
            assertThatThrownBy(() -> mapper.map(sample(HOSTED)))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("the BadgeClass " + BADGE_URL + " could not be fetched");
        }

        @Test
        void onlyHttpUrlsAreAskedFor() throws MappingException {
            List<URI> asked = new ArrayList<>();
            LinkedResources recording = uri -> {
                asked.add(uri);
                return ASSETS.fetch(uri);
            };
            MappingResult result = mapper.map(variant(HOSTED, assertion -> {
                ObjectNode badge = parse("assets/robotics-badge.json");
                badge.put("issuer", "file:///etc/passwd");
                assertion.set("badge", badge);
            }), new MappingContext(recording));

            assertThat(asked).isEmpty();
            assertThat(result.warnings()).containsExactly(
                    "the Issuer file:///etc/passwd could not be fetched: the record names its issuer by that URL only");
        }

        @Test
        void aBadgeClassThatIsNotJsonSaysWhereItCameFrom() {
            LinkedResources broken = uri -> Optional.of("<html>".getBytes(StandardCharsets.UTF_8));

            assertThatThrownBy(() -> mapper.map(sample(HOSTED), new MappingContext(broken)))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("the BadgeClass " + BADGE_URL + " is not valid JSON at line 1");
        }
    }

    @Nested
    class Rejection {

        @Test
        void aBadgeClassOnItsOwnIsNoAssertion() {
            assertThatThrownBy(() -> mapper.map(GoldenFiles.sample("ob2/assets/robotics-badge.json", null)))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("type BadgeClass is no Open Badges 2.0 assertion");
        }

        @Test
        void anAssertionWithoutBadgeSaysSo() {
            assertThatThrownBy(() -> mapper.map(variant(HOSTED, assertion -> assertion.remove("badge"))))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("badge is missing");
        }

        @Test
        void malformedJsonSaysWhere() {
            assertThatThrownBy(() -> mapper.map(json("{\"type\": \"Assertion\",\n \"id\" }")))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("the document is not valid JSON at line 2");
        }
    }

    // --- helpers

    /** Serves {@code ob2/assets/<last path segment>} for any URL, as the validator's tests do (PROVENANCE.md). */
    private static final LinkedResources ASSETS = uri -> {
        String path = uri.getPath();
        try {
            return Optional.of(GoldenFiles.bytes("corpus/ob2/assets/" + path.substring(path.lastIndexOf('/') + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // no such asset: a 404
        }
    };

    private static LinkedResources servingAssetsExcept(String unreachable) {
        return uri -> uri.toString().equals(unreachable) ? Optional.empty() : ASSETS.fetch(uri);
    }

    private MappingResult map(SourceDocument document) throws MappingException {
        return mapper.map(document, new MappingContext(ASSETS));
    }

    private static SourceDocument sample(String sample) {
        return GoldenFiles.sample("ob2/" + sample, sample.endsWith(".jwt") ? "application/jose" : "application/json");
    }

    private static String text(String sample) {
        return JsonSamples.text("ob2/" + sample);
    }

    private static ObjectNode parse(String sample) {
        return JsonSamples.object("ob2/" + sample);
    }

    private static SourceDocument variant(String sample, Consumer<ObjectNode> change) {
        return JsonSamples.variant(parse(sample), change);
    }
}
