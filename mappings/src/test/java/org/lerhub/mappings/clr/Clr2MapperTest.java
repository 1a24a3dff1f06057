package org.lerhub.mappings.clr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.lerhub.mappings.JsonSamples.json;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lerhub.mapping.Mappers;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SignedPart;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.GoldenFiles;
import org.lerhub.mappings.JsonSamples;
import org.lerhub.mappings.openbadges.OpenBadges3Mapper;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Relation;
import org.lerhub.schema.TrustLevel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class Clr2MapperTest {

    private static final String SIMPLE = "1edtech-validator/simple.json";
    private static final String COMPLEX = "1edtech-validator/complex.json";
    private static final String JWT = "1edtech-validator/simple.jwt";
    private static final String VECTOR = "1edtech-spec/clr_v2p0_linked_data_proof_test_vector.json";

    private static final String DIPLOMA =
            "https://dc.imsglobal.org/wellspring/hub/ims/clr/v1p0/assertions/28326f9c00864ecf9c7065119658ca14";
    private static final String GRADED_COURSE =
            "https://dc.imsglobal.org/wellspring/hub/ims/clr/v1p0/assertions/ba186a42adf94ba4a9bd6d4ed5b9e5ca";
    private static final String LICENCE =
            "https://dc.imsglobal.org/wellspring/hub/ims/clr/v1p0/assertions/6fcd1f11c24c4be8991559c5dfb26e10";

    private final Clr2Mapper mapper = new Clr2Mapper();

    static Stream<String> samples() {
        return Stream.of(VECTOR, COMPLEX, SIMPLE, JWT);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void mapsEachSampleAsItsGoldenFileSays(String sample) throws MappingException {
        GoldenFiles.assertMatches(Clr2Mapper.FORMAT_ID, "clr2/" + sample, mapper.map(sample(sample)).records());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyRecordKeepsThePackagerApartFromItsOwnIssuer(String sample) throws MappingException {
        JsonNode clr = credential(sample);

        assertThat(mapper.map(sample(sample)).records()).isNotEmpty().allSatisfy(record -> {
            assertThat(record.provenance().formatId()).isEqualTo("clr2");
            assertThat(record.extensions()).containsEntry("clr:packager", GoldenFiles.JSON.treeToValue(
                    clr.get("issuer"), Object.class));
            assertThat(record.extensions().get("clr:credential")).asInstanceOf(MAP)
                    .containsEntry("id", clr.get("id").asString())
                    .doesNotContainKeys("proof", "issuer");
        });
    }

    @Nested
    class Recognition {

        @ParameterizedTest
        @MethodSource("org.lerhub.mappings.clr.Clr2MapperTest#samples")
        void recognizesEverySampleAndTheRegistryPicksItBeforeTheBadgeMapper(String sample) {
            assertThat(mapper.recognizes(sample(sample))).isTrue();
            assertThat(Mappers.fromClasspath().detect(sample(sample))).containsInstanceOf(Clr2Mapper.class);
        }

        @Test
        void doesNotRecognizeABadgeATranscriptOrGarbage() {
            assertThat(mapper.recognizes(GoldenFiles.sample("obv3/1edtech-validator/simple.json", "application/json")))
                    .isFalse();
            assertThat(mapper.recognizes(GoldenFiles.sample("pesc/college-transcript.xml", "application/xml")))
                    .isFalse();
            assertThat(mapper.recognizes(json("{\"type\": \"ClrCredential\", "))).isFalse();
            assertThat(mapper.recognizes(json("[{\"type\": \"ClrCredential\"}]"))).isFalse();
        }
    }

    @Nested
    class Complex {

        @Test
        void everyNestedCredentialIsARecordWithItsOwnIssuerAndType() throws MappingException {
            List<LerRecord> records = mapper.map(sample(COMPLEX)).records();

            assertThat(records).extracting(LerRecord::achievementType)
                    .containsExactly("Diploma", "Course", "Course", "Course", "Course", "Badge");
            assertThat(records.get(0).title()).isEqualTo("Nurse Assistant 1 Program with Licensure");
            assertThat(records).allSatisfy(record -> assertThat(record.issuer().name())
                    .isEqualTo("Western High School, RSD"));
            assertThat(records).extracting(record -> record.provenance().sourceRecordId()).doesNotHaveDuplicates();
        }

        @Test
        void theCourseGradeComesFromItsResult() throws MappingException {
            LerRecord course = record(mapper.map(sample(COMPLEX)), GRADED_COURSE);

            assertThat(course.title()).isEqualTo("Health Careers 1");
            assertThat(course.result().grade()).isEqualTo("A");
            assertThat(course.extensions()).containsEntry("fieldOfStudy", "Health Care");
        }

        /**
         * The sample's associations: four {@code isParentOf} from the diploma and one {@code isPartOf}. Of their
         * ends, one course's achievement id is its own, one is shared by three courses and the licence badge, and
         * three ids are no achievement of the CLR at all. So the diploma is the parent of five records.
         */
        @Test
        void associationsBecomeRelationsBothWaysAndTheRestIsKeptAndWarned() throws MappingException {
            MappingResult result = mapper.map(sample(COMPLEX));
            List<LerRecord> records = result.records();
            LerRecord diploma = record(result, DIPLOMA);

            assertThat(diploma.relations()).hasSize(5).allSatisfy(relation ->
                    assertThat(relation.type()).isEqualTo("isParentOf"));
            assertThat(diploma.relations()).extracting(Relation::target)
                    .containsExactlyElementsOf(records.subList(1, 6).stream()
                            .map(record -> record.provenance().sourceRecordId()).toList());
            assertThat(records.subList(1, 6)).allSatisfy(child ->
                    assertThat(child.relations()).containsExactly(new Relation("isChildOf", DIPLOMA)));
            assertThat(record(result, LICENCE).title())
                    .isEqualTo("Oregon State Board of Nursing - Certified Nursing Assistant");
            assertThat(clrSubject(diploma).get("association")).asInstanceOf(LIST).hasSize(3);
            assertThat(result.warnings()).containsExactly(
                    "credentialSubject.association[1]: targetId urn:uuid:0f09ae53-33ae-4472-8daa-d7381b859e6c is the"
                            + " achievement of 4 credentials; each of their records is linked",
                    "credentialSubject.association[2]: targetId urn:uuid:6364db90-edf9-47b9-b92b-4b116cac19a5 names"
                            + " no achievement or credential of this CLR; kept in clr:credential",
                    "credentialSubject.association[3]: targetId urn:uuid:e935e820-d9a0-4e9e-8b84-6ec82caabaf7 names"
                            + " no achievement or credential of this CLR; kept in clr:credential",
                    "credentialSubject.association[4]: sourceId urn:uuid:4072f4b6-75e9-42ed-8b95-b92711310dbe names"
                            + " no achievement or credential of this CLR; kept in clr:credential");
        }

        @Test
        void oneSignedPartForTheClrAndOneForEachNestedCredentialWithItsExactText() throws MappingException {
            MappingResult result = mapper.map(sample(COMPLEX));
            List<String> ids = result.records().stream().map(record -> record.provenance().sourceRecordId()).toList();

            assertThat(result.proofs()).hasSize(7);
            assertThat(result.proofs().get(0)).isEqualTo(new SignedPart("application/vc+ld+json", text(COMPLEX), ids));
            for (int i = 0; i < ids.size(); i++) {
                SignedPart nested = result.proofs().get(i + 1);
                assertThat(nested.sourceRecordIds()).containsExactly(ids.get(i));
                assertThat(text(COMPLEX)).contains(nested.content());
                assertThat(GoldenFiles.JSON.readTree(nested.content()))
                        .isEqualTo(credential(COMPLEX).at("/credentialSubject/verifiableCredential/" + i));
            }
            assertThat(result.records()).allSatisfy(record ->
                    assertThat(record.provenance().trust()).isEqualTo(TrustLevel.ISSUER_SIGNED));
        }
    }

    @Nested
    class Mapping {

        @Test
        void listedAchievementsAreNoRecordsButStayWithTheClr() throws MappingException {
            MappingResult result = mapper.map(sample(VECTOR));

            assertThat(result.records()).singleElement().satisfies(record -> {
                assertThat(record.title()).isEqualTo("Achievement 1");
                assertThat(record.relations()).isEmpty();
                // Achievement 1 is awarded, so only Achievement 2 is left listed; the association to it is kept
                Map<String, Object> subject = clrSubject(record);
                assertThat(subject.get("achievement")).asInstanceOf(LIST).singleElement().asInstanceOf(MAP)
                        .extractingByKey("name").isEqualTo("Achievement 2");
                assertThat(subject.get("association")).asInstanceOf(LIST).hasSize(1);
                assertThat(subject).doesNotContainKey("verifiableCredential");
            });
            assertThat(result.warnings()).isEmpty();
        }

        @Test
        void theClrSubjectStandsInForABadgeSubjectThatNamesNobody() throws MappingException {
            MappingResult result = mapper.map(variant(SIMPLE, clr -> {
                ((ObjectNode) clr.at("/credentialSubject/verifiableCredential/0/credentialSubject")).remove("id");
                ((ObjectNode) clr.get("credentialSubject")).putArray("identifier").addObject()
                        .put("type", "IdentityObject").put("identityType", "emailAddress")
                        .put("identityHash", "ann@example.edu").put("hashed", false);
            }));

            LerRecord record = result.records().get(0);
            assertThat(record.subject().identifiers()).containsExactly(
                    Identifier.of("did", "did:example:ebfeb1f712ebc6f1c276e12ec21"),
                    new Identifier("emailAddress", "ann@example.edu", null, false, null));
            assertThat(record.subject().emails()).containsExactly("ann@example.edu");
            assertThat(result.warnings()).isEmpty();
        }

        @Test
        void aBadgeWithoutProofIsItsIssuersWordOnlyWhenThatIssuerSignedTheClr() throws MappingException {
            Consumer<ObjectNode> unsignNested = clr ->
                    ((ObjectNode) clr.at("/credentialSubject/verifiableCredential/0")).remove("proof");

            MappingResult otherIssuer = mapper.map(variant(SIMPLE, unsignNested));
            MappingResult sameIssuer = mapper.map(variant(VECTOR, unsignNested));

            assertThat(otherIssuer.records().get(0).provenance().trust()).isEqualTo(TrustLevel.SELF_ASSERTED);
            assertThat(sameIssuer.records().get(0).provenance().trust()).isEqualTo(TrustLevel.ISSUER_SIGNED);
            assertThat(otherIssuer.proofs()).singleElement()
                    .satisfies(part -> assertThat(part.sourceRecordIds()).containsExactly(
                            "http://example.com/credentials/3527"));
        }

        @Test
        void aNestedCredentialThatIsNoBadgeIsKeptAndWarnedAndTheOthersMapped() throws MappingException {
            MappingResult result = mapper.map(variant(SIMPLE, clr -> {
                ArrayNode nested = (ArrayNode) clr.at("/credentialSubject/verifiableCredential");
                nested.addObject().putArray("type").add("VerifiableCredential").add("EndorsementCredential");
                nested.add(42);
            }));

            assertThat(result.records()).hasSize(1);
            assertThat(result.warnings()).containsExactly(
                    "credentialSubject.verifiableCredential[1]: type [VerifiableCredential, EndorsementCredential]"
                            + " names no Open Badges 3.0 credential: expected OpenBadgeCredential or"
                            + " AchievementCredential (EndorsementCredentials and status lists are not mapped);"
                            + " kept in clr:credential",
                    "credentialSubject.verifiableCredential[2]: not a credential: expected a credential object or a"
                            + " compact VC-JWT; kept in clr:credential");
            assertThat(clrSubject(result.records().get(0)).get("verifiableCredential")).asInstanceOf(LIST).hasSize(2);
        }

        @Test
        void twoCredentialsWithOneIdAreToldApartByTheirPlace() throws MappingException {
            MappingResult result = mapper.map(variant(SIMPLE, clr -> {
                ArrayNode nested = (ArrayNode) clr.at("/credentialSubject/verifiableCredential");
                nested.add(nested.get(0).deepCopy());
            }));

            assertThat(result.records()).extracting(record -> record.provenance().sourceRecordId())
                    .containsExactly("http://example.com/credentials/3527",
                            "credentialSubject.verifiableCredential[1]");
            assertThat(result.warnings()).singleElement().asString()
                    .startsWith("credentialSubject.verifiableCredential[1]: id");
        }

        @Test
        void nestedWarningsSayWhichCredentialTheyAreAbout() throws MappingException {
            MappingResult result = mapper.map(variant(SIMPLE, clr ->
                    ((ObjectNode) clr.at("/credentialSubject/verifiableCredential/0")).put("validFrom", "soon")));

            assertThat(result.warnings()).singleElement().asString()
                    .startsWith("credentialSubject.verifiableCredential[0]: validFrom \"soon\" is not");
        }
    }

    @Nested
    class VcJwtForm {

        @Test
        void theClrAndItsNestedTokenAreEachASignedPart() throws MappingException {
            String token = text(JWT).strip();
            MappingResult result = mapper.map(sample(JWT));

            LerRecord record = result.records().get(0);
            assertThat(record.title()).isEqualTo("Achievement 1");
            assertThat(record.issuer().id()).isEqualTo("https://example.edu/issuers/565049");
            assertThat(record.provenance().sourceRecordId()).isEqualTo("urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002");
            assertThat(record.provenance().trust()).isEqualTo(TrustLevel.ISSUER_SIGNED);
            String nested = credential(JWT).at("/credentialSubject/verifiableCredential/0").asString();
            assertThat(result.proofs()).containsExactly(
                    new SignedPart("application/vc+jwt", token, List.of(record.provenance().sourceRecordId())),
                    new SignedPart("application/vc+jwt", nested, List.of(record.provenance().sourceRecordId())));
        }

        @Test
        void aNestedObjectInsideATokenIsHandedOnReserialized() throws MappingException {
            ObjectNode clr = ((ObjectNode) credential(SIMPLE)).deepCopy();
            clr.remove("proof");
            ObjectNode claims = GoldenFiles.JSON.createObjectNode();
            claims.set("vc", clr);
            MappingResult result = mapper.map(json(jwt(claims)));

            JsonNode nested = clr.at("/credentialSubject/verifiableCredential/0");
            assertThat(result.proofs()).hasSize(2);
            assertThat(GoldenFiles.JSON.readTree(result.proofs().get(1).content())).isEqualTo(nested);
        }
    }

    @Nested
    class Rejection {

        @Test
        void aBadgeIsNoClr() {
            SourceDocument badge = GoldenFiles.sample("obv3/1edtech-validator/simple.json", "application/json");

            assertThatThrownBy(() -> mapper.map(badge))
                    .isInstanceOf(MappingException.class)
                    .hasMessage("type [VerifiableCredential, OpenBadgeCredential] names no CLR 2.0 credential: expected"
                            + " [\"VerifiableCredential\", \"ClrCredential\"] (a single badge is format "
                            + OpenBadges3Mapper.FORMAT_ID + ")");
        }

        @Test
        void aClrWithoutSubjectOrBadgesSaysWhatIsMissing() {
            assertThatThrownBy(() -> mapper.map(variant(SIMPLE, clr -> clr.remove("credentialSubject"))))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("credentialSubject is missing or not an object");
            assertThatThrownBy(() -> mapper.map(variant(SIMPLE, clr ->
                    ((ObjectNode) clr.get("credentialSubject")).putArray("verifiableCredential").add("nonsense"))))
                    .isInstanceOf(MappingException.class)
                    .hasMessage("credentialSubject.verifiableCredential holds no badge to map: a CLR 2.0 packages the"
                            + " learner's AchievementCredentials (credentialSubject.verifiableCredential[0]: not a"
                            + " credential: expected a credential object or a compact VC-JWT; kept in clr:credential)");
        }

        @Test
        void malformedOrHostileJsonIsRefused() {
            assertThatThrownBy(() -> mapper.map(json("{\"type\": [\"ClrCredential\"\n ")))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("the document is not valid JSON at line 2");
            assertThatThrownBy(() -> mapper.map(json("[" + text(SIMPLE) + "]")))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("the document is a JSON array, not an object: a CLR 2.0 credential");
            assertThatThrownBy(() -> mapper.map(json("{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}")))
                    .isInstanceOf(MappingException.class)
                    .hasMessageContaining("nesting depth");
        }
    }

    // --- helpers

    private static LerRecord record(MappingResult result, String sourceRecordId) {
        return result.records().stream()
                .filter(record -> sourceRecordId.equals(record.provenance().sourceRecordId()))
                .findFirst().orElseThrow();
    }

    /** The CLR subject's fields that the record keeps in its CLR extension. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> clrSubject(LerRecord record) {
        Map<String, Object> clr = (Map<String, Object>) record.extensions().get("clr:credential");
        return (Map<String, Object>) clr.get("credentialSubject");
    }

    private static SourceDocument sample(String sample) {
        String mediaType = sample.endsWith(".jwt") ? "application/vc+jwt" : "application/json";
        return GoldenFiles.sample("clr2/" + sample, mediaType);
    }

    private static String text(String sample) {
        return JsonSamples.text("clr2/" + sample);
    }

    /** The sample's credential: the JSON, or a token's {@code vc} claim. */
    private static JsonNode credential(String sample) {
        if (!sample.endsWith(".jwt")) {
            return GoldenFiles.JSON.readTree(text(sample));
        }
        String payload = text(sample).strip().split("\\.")[1];
        return GoldenFiles.JSON.readTree(Base64.getUrlDecoder().decode(payload)).get("vc");
    }

    private static SourceDocument variant(String sample, Consumer<ObjectNode> change) {
        return JsonSamples.variant((ObjectNode) credential(sample), change);
    }

    /** An unsecured-looking compact JWT with a fake signature; nothing here is verified. */
    private static String jwt(ObjectNode claims) {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        return base64url.encodeToString("{\"alg\":\"EdDSA\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64url.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
