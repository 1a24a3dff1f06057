package org.lerhub.mappings.hropen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.lerhub.schema.Employment;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Organization;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.PersonName;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Relation;
import org.lerhub.schema.Skill;
import org.lerhub.schema.TrustLevel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class LerRsMapperTest {

    private static final String VC_WRAPPER = "LER-RS_V2_VCwrapper.json";
    private static final String APPLYING = "LER-RS_V2_UC010_applying.json";
    /** A résumé of the demo data generator (seed 20261129, learner 152): a promotion, and dates written YYYY-MM. */
    private static final String GENERATED = "demo-data/ashley.lopez.151-employment.json";

    private static final String JSON = "application/json";

    private final LerRsMapper mapper = new LerRsMapper();

    static Stream<String> samples() {
        return Stream.of("LER-RS_V2_UC008_portability.json", APPLYING, VC_WRAPPER, GENERATED);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void mapsEachSampleAsItsGoldenFileSays(String sample) throws MappingException {
        GoldenFiles.assertMatches(LerRsMapper.FORMAT_ID, "ler-rs/" + sample, mapper.map(sample(sample)).records());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void makesOneEmploymentRecordPerPositionHeldWithItsEmployer(String sample) throws MappingException {
        List<String> employers = new ArrayList<>();
        for (JsonNode history : resume(sample).path("employmentHistories").values()) {
            JsonNode organization = history.path("organization");
            String name = organization.has("name") ? organization.path("name").asString()
                    : organization.path("tradeName").asString();
            history.path("positionHistories").values().forEach(position -> employers.add(name));
        }

        List<LerRecord> jobs = mapper.map(sample(sample)).records().stream()
                .filter(record -> record.kind() == RecordKind.EMPLOYMENT)
                .toList();

        assertThat(jobs).hasSize(employers.size());
        assertThat(jobs).extracting(record -> record.employment().employer().name())
                .containsExactlyElementsOf(employers);
        assertThat(jobs).allSatisfy(job -> assertThat(job.title()).isEqualTo(job.employment().position()));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void treatsTheResumeAsSelfAssertedAndHandsEveryProofToTheVerifier(String sample) throws MappingException {
        MappingResult result = mapper.map(sample(sample));

        assertThat(result.records()).isNotEmpty().allSatisfy(record -> {
            assertThat(record.provenance().trust()).isEqualTo(embedded(record) ? TrustLevel.ISSUER_SIGNED
                    : TrustLevel.SELF_ASSERTED);
            assertThat(record.provenance().formatId()).isEqualTo("ler-rs");
        });
        List<String> ids = result.records().stream().map(record -> record.provenance().sourceRecordId()).toList();
        assertThat(ids).doesNotHaveDuplicates();
        if (!document(sample).has("credentialSubject")) {
            assertThat(result.proofs()).isEmpty();
        } else {
            // the wrapper's proof first, deciding every record; then each embedded badge's, deciding its own
            assertThat(result.proofs().get(0)).isEqualTo(new SignedPart("application/vc+ld+json",
                    new String(GoldenFiles.bytes("corpus/ler-rs/" + sample), StandardCharsets.UTF_8), ids));
            assertThat(result.proofs().subList(1, result.proofs().size())).allSatisfy(part ->
                    assertThat(part.sourceRecordIds()).singleElement().satisfies(id ->
                            assertThat(id).contains(".verifications[")));
        }
    }

    /**
     * Nothing is silently dropped: every text of the sample appears in its records, rewritten where that is the
     * rule (a {@code dns:} domain name as a URL, a date-time without offset as an instant, a state as part of a
     * place line), except what the mapper
     * leaves in the original on purpose: contact and person details beyond email addresses and name, and the parts
     * of one application (job, narratives, attachments).
     */
    @ParameterizedTest
    @MethodSource("samples")
    void keepsEveryTextOfTheSampleSomewhereInItsRecords(String sample) throws MappingException {
        String records = GoldenFiles.render(mapper.map(sample(sample)).records());
        JsonNode document = GoldenFiles.JSON.readTree(GoldenFiles.bytes("corpus/ler-rs/" + sample));
        ObjectNode resume = (ObjectNode) (document.has("credentialSubject") ? document.get("credentialSubject")
                : document);
        resume.remove(List.of("job", "narratives", "attachments"));
        resume.set("person", resume.path("person").path("name"));
        resume.set("communication", GoldenFiles.JSON.valueToTree(
                resume.path("communication").path("email").findValuesAsString("address")));
        // an embedded badge's proof goes to the verifier (a signed part), not into its record
        resume.findParents("verifications").forEach(entry -> entry.path("verifications").values().forEach(item -> {
            if (item.has("proof") && "OpenBadgeCredential".equals(item.path("type").path(1).asString())) {
                ((ObjectNode) item).remove("proof");
            }
        }));
        List<Text> texts = new ArrayList<>();
        collectTexts(null, document, texts);

        assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text.implied()
                || records.contains(escaped(text.value())) || records.contains(escaped(text.rewritten())))
                .as("%s is in the records", text).isTrue());
    }

    @Nested
    class Recognition {

        @ParameterizedTest
        @MethodSource("org.lerhub.mappings.hropen.LerRsMapperTest#samples")
        void recognizesEverySampleAndTheRegistryPicksItForThem(String sample) {
            assertThat(mapper.recognizes(sample(sample))).isTrue();
            assertThat(Mappers.fromClasspath().detect(sample(sample))).containsInstanceOf(LerRsMapper.class);
        }

        @Test
        void recognizesABareResumeByItsTypeWhenItHasOnlyAPerson() {
            assertThat(mapper.recognizes(json("""
                    {"type": "http://schema.hropenstandards.org/4.5/recruiting/json/LER-RSType.json",
                     "person": {"name": {"formattedName": "Ann Lee"}}}"""))).isTrue();
        }

        @Test
        void doesNotRecognizeBadgesTranscriptsOrOtherJson() {
            assertThat(mapper.recognizes(GoldenFiles.sample("obv3/1edtech-validator/complete.json", JSON))).isFalse();
            assertThat(mapper.recognizes(GoldenFiles.sample("pesc/college-transcript.xml", "application/xml")))
                    .isFalse();
            assertThat(mapper.recognizes(json("""
                    {"basics": {"name": "Ann Lee"}, "work": [{"name": "Initech", "position": "Clerk"}]}"""))).isFalse();
            assertThat(mapper.recognizes(json("""
                    {"person": {"name": {"formattedName": "Ann Lee"}}}"""))).isFalse();
            assertThat(mapper.recognizes(json("[{\"employmentHistories\": []}]"))).isFalse();
            assertThat(mapper.recognizes(json("{\"employmentHistories\": "))).isFalse();
        }
    }

    @Nested
    class Positions {

        private final LerRecord job = only(json("""
                {"person": {"name": {"given": "Ann", "family": "Lee"}},
                 "communication": {"email": [{"address": "ann@example.org"}, {"address": "ann.lee@example.net"}]},
                 "employmentHistories": [{
                   "organization": {"tradeName": "ABC Company", "domainName": "dns:abccompany.com"},
                   "positionHistories": [{
                     "title": "Marketing Manager", "start": "2019-03", "end": "2022-10", "current": false,
                     "location": {"city": "Schenectady", "postalCode": "12345", "countryCode": "US",
                                  "countrySubDivisions": [{"type": "state", "value": "NY"}]},
                     "resourceRelationshipCode": "Employee",
                     "descriptions": ["Ran the annual marketing plan.", "Grew inbound leads by a third."],
                     "organization": {"responsibilityCode": "Unit", "name": "Marketing"}}]}]}"""));

        @Test
        void takesThePositionAndTheEmployerAsTheLearnerStatesThem() {
            assertThat(job.kind()).isEqualTo(RecordKind.EMPLOYMENT);
            assertThat(job.title()).isEqualTo("Marketing Manager");
            assertThat(job.description()).isEqualTo("Ran the annual marketing plan.\nGrew inbound leads by a third.");
            assertThat(job.issuer()).isNull();
            assertThat(job.employment()).isEqualTo(new Employment(
                    new Organization(null, "ABC Company", OrganizationType.EMPLOYER, List.of(),
                            "https://abccompany.com", null),
                    "Marketing Manager", LocalDate.of(2019, 3, 1), LocalDate.of(2022, 10, 31), false,
                    "Schenectady, NY, 12345, US", "Employee", List.of()));
            assertThat(job.dates()).isEqualTo(new Dates(null, null, null, LocalDate.of(2019, 3, 1),
                    LocalDate.of(2022, 10, 31)));
        }

        @Test
        void keepsPartialDatesAsWrittenAndTheUnitInTheExtensions() {
            assertThat(job.extensions()).containsEntry("start", "2019-03").containsEntry("end", "2022-10")
                    .containsEntry("organization", Map.of("responsibilityCode", "Unit", "name", "Marketing"));
        }

        @Test
        void makesThePersonTheSubject() {
            assertThat(job.subject().name()).isEqualTo(PersonName.of("Ann", "Lee"));
            assertThat(job.subject().emails()).containsExactly("ann@example.org", "ann.lee@example.net");
        }
    }

    @Nested
    class DateFields {

        @Test
        void readsAYearAsItsFirstDayOrAsItsLastWhenItEndsASpanAndKeepsWhatWasWritten() throws MappingException {
            LerRecord degree = records(sample(VC_WRAPPER)).stream()
                    .filter(record -> "Bachelor of Commerce".equals(record.title()))
                    .findFirst().orElseThrow();

            assertThat(degree.dates()).isEqualTo(new Dates(LocalDate.of(2000, 1, 1), null, null,
                    LocalDate.of(1996, 1, 1), LocalDate.of(2000, 12, 31)));
            assertThat(degree.extensions()).containsEntry("date", "2000").containsEntry("start", "1996")
                    .containsEntry("end", "2000");
        }

        @Test
        void keepsADateItCannotReadAsWrittenWithAWarningAndMapsTheRest() throws MappingException {
            MappingResult result = mapper.map(json("""
                    {"person": {"name": {"formattedName": "Ann Lee"}},
                     "employmentHistories": [{"organization": {"name": "Initech"},
                      "positionHistories": [{"title": "Clerk", "start": "summer 2019", "end": "2021-02-30"}]}]}"""));

            LerRecord job = result.records().get(0);
            assertThat(job.dates()).isNull();
            assertThat(job.extensions()).containsEntry("start", "summer 2019").containsEntry("end", "2021-02-30");
            assertThat(result.warnings()).containsExactly(
                    "employmentHistories[0].positionHistories[0].start \"summer 2019\" is not a date (YYYY, YYYY-MM or"
                            + " YYYY-MM-DD); kept as written in the extensions",
                    "employmentHistories[0].positionHistories[0].end \"2021-02-30\" is not a date (YYYY, YYYY-MM or"
                            + " YYYY-MM-DD); kept as written in the extensions");
        }
    }

    @Nested
    class Achievements {

        @Test
        void makesEachSkillACompetencyWithItsYearsOfExperience() throws MappingException {
            LerRecord skill = records(sample(VC_WRAPPER)).stream()
                    .filter(record -> "Competency".equals(record.achievementType()))
                    .findFirst().orElseThrow();

            assertThat(skill.kind()).isEqualTo(RecordKind.ACHIEVEMENT);
            assertThat(skill.title()).isEqualTo("Project Management");
            assertThat(skill.skills()).containsExactly(Skill.labelled("Project Management"));
            assertThat(skill.description())
                    .isEqualTo("I have 5 years of Project Management experience learned on the job.");
            assertThat(skill.extensions()).containsEntry("yearsOfExperience", 5);
        }

        @Test
        void makesACertificationACertificateOfItsIssuingAuthority() throws MappingException {
            LerRecord certificate = records(sample(VC_WRAPPER)).stream()
                    .filter(record -> "Certificate".equals(record.achievementType()))
                    .findFirst().orElseThrow();

            assertThat(certificate.title()).isEqualTo("Product Management Certificate");
            assertThat(certificate.issuer()).isEqualTo(new Organization(null, "Cornell University",
                    OrganizationType.ISSUER, List.of(), "https://www.cornell.edu", null));
            assertThat(certificate.dates()).isEqualTo(new Dates(LocalDate.of(2014, 8, 25),
                    Instant.parse("2014-08-25T00:00:00Z"), Instant.parse("2024-08-25T00:00:00Z"), null, null));
            assertThat(certificate.result().status()).isEqualTo("Active");
            assertThat(certificate.extensions()).containsEntry("verifications",
                    List.of(Map.of("reference", "https://online.cornell.edu/credentials/public/8798798798")));
        }

        @Test
        void makesALicenseALicense() throws MappingException {
            LerRecord license = only(json("""
                    {"type": "http://schema.hropenstandards.org/4.5/recruiting/json/LER-RSType.json",
                     "person": {"name": {"formattedName": "Ann Lee"}},
                     "licenses": [{"name": "Registered Nurse", "firstIssued": "2021-07-01", "status": "Active",
                                   "issuingAuthority": {"name": "Tennessee Board of Nursing"}}]}"""));

            assertThat(license.achievementType()).isEqualTo("License");
            assertThat(license.issuer().name()).isEqualTo("Tennessee Board of Nursing");
            assertThat(license.dates().issued()).isEqualTo(LocalDate.of(2021, 7, 1));
        }

        @Test
        void mapsAnEmbeddedBadgeAsARecordOfItsOwnThatItsEntryRelatesTo() throws MappingException {
            MappingResult result = mapper.map(sample(APPLYING));
            String badgeId = "certifications[0].verifications[0]";
            LerRecord certificate = record(result, "certifications[0]");
            LerRecord badge = record(result, badgeId);

            assertThat(badge.provenance().trust()).isEqualTo(TrustLevel.ISSUER_SIGNED);
            assertThat(badge.issuer().name()).isEqualTo("American Council for Education (ACE)");
            // the badge names its own subject; the résumé's learner stands in only for a badge that names nobody
            assertThat(badge.subject().identifiers()).extracting(Identifier::value)
                    .containsExactly("did:example:ebfeb1f712ebc6f1c276e12ec21");
            assertThat(certificate.provenance().trust()).isEqualTo(TrustLevel.SELF_ASSERTED);
            assertThat(certificate.relations()).containsExactly(new Relation("isRelatedTo", badgeId));
            // the entry has no name of its own: the badge says what it is
            assertThat(certificate.title()).isEqualTo(badge.title()).isNotNull();
            assertThat(result.proofs()).filteredOn(part -> part.sourceRecordIds().equals(List.of(badgeId)))
                    .singleElement().satisfies(part -> assertThat(GoldenFiles.JSON.readTree(part.content()))
                            .isEqualTo(resume(APPLYING).at("/certifications/0/verifications/0")));
        }

        @Test
        void keepsAnEmbeddedCredentialThatIsNoBadgeAsWrittenWithAWarning() throws MappingException {
            MappingResult result = mapper.map(sample(VC_WRAPPER));

            JsonNode kept = GoldenFiles.JSON.valueToTree(record(result, "certifications[0]").extensions()
                    .get("verifications"));
            assertThat(kept).isEqualTo(resume(VC_WRAPPER).path("certifications").get(0).path("verifications"));
            assertThat(result.warnings()).anySatisfy(warning -> assertThat(warning).startsWith(
                    "certifications[0].verifications[0] is not mapped (type is missing").endsWith(
                    "kept as written, not verified"));
            assertThat(result.warnings()).anySatisfy(warning -> assertThat(warning).startsWith(
                    "educationAndLearnings[1].verifications[0] is not mapped (type [VerifiableCredential,"
                            + " FullTranscriptCredential] names no Open Badges 3.0 credential"));
        }

        @Test
        void makesEachDegreeADegreeOfTheInstitutionAndKeepsAnEntryWithoutOneWithAWarning() throws MappingException {
            MappingResult result = mapper.map(sample(VC_WRAPPER));

            LerRecord degree = result.records().stream()
                    .filter(record -> "Degree".equals(record.achievementType()))
                    .findFirst().orElseThrow();
            assertThat(degree.issuer().name()).isEqualTo("University of California, Berkeley");
            assertThat(degree.result().status()).isEqualTo("Granted");
            assertThat(result.records()).filteredOn(record -> "Degree".equals(record.achievementType())).hasSize(1);
            assertThat(result.warnings()).contains("educationAndLearnings[1] names no degree (educationDegrees):"
                    + " it gives no record and is kept in the extensions under resume.educationAndLearnings");
            assertThat(resumeExtension(degree)).containsKey("educationAndLearnings");
        }
    }

    @Nested
    class TheRestOfTheResume {

        @Test
        void keepsTheCredentialAroundAWrappedResumeOnEveryRecord() throws MappingException {
            assertThat(records(sample(VC_WRAPPER))).allSatisfy(record -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> credential = (Map<String, Object>) record.extensions().get("credential");
                assertThat(credential).containsEntry("issuer", "Resume Builder").containsKey("proof")
                        .doesNotContainKey("credentialSubject");
            });
        }

        @Test
        void keepsWhatTheResumeSaysBesidesItsEntriesOnEveryRecord() throws MappingException {
            assertThat(records(sample(APPLYING))).filteredOn(record -> !embedded(record)).isNotEmpty()
                    .allSatisfy(record -> assertThat(resumeExtension(record))
                            .containsOnlyKeys("type", "documentId", "educationAndLearnings"));
        }

        @Test
        void leavesContactDetailsAndTheApplicationInTheOriginalOnly() throws MappingException {
            // records are released to employers one by one: none may tell of the job applied for, or of the
            // address and phone the learner gave one recipient
            String records = GoldenFiles.render(records(sample(APPLYING)));

            assertThat(records).doesNotContain("123 Main St.", "555-555-1212", "linkedin.com/in/jenniferjonesexample",
                    "Senior Marketing Manager", "acmecorp", "Looking for", "jenniferjonesc.txt");
        }

        @Test
        void keepsASectionItCannotReadAsWrittenWithAWarning() throws MappingException {
            MappingResult result = mapper.map(json("""
                    {"person": {"name": {"formattedName": "Ann Lee"}}, "skills": ["Java", "SQL"],
                     "employmentHistories": [{"organization": {"name": "Initech"},
                                              "positionHistories": [{"title": "Clerk"}]}]}"""));

            assertThat(resumeExtension(result.records().get(0))).containsEntry("skills", List.of("Java", "SQL"));
            assertThat(result.warnings()).containsExactly("skills is not a list of objects: it gives no record and is"
                    + " kept as written in the extensions under resume.skills");
        }

        @Test
        void leavesOutTheCredentialOfABareResume() throws MappingException {
            assertThat(records(sample(GENERATED))).allSatisfy(record ->
                    assertThat(record.extensions()).doesNotContainKey("credential"));
        }
    }

    @Nested
    class Rejection {

        @Test
        void saysWhereTheJsonIsBroken() {
            assertThatThrownBy(() -> mapper.map(json("{\"employmentHistories\": [\n  {\"organization\": }]}")))
                    .isInstanceOf(MappingException.class)
                    .hasMessageStartingWith("the document is not valid JSON at line 2, column");
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "{\"basics\": {\"name\": \"Ann Lee\"}}", "\"text\""})
        void refusesWhatIsNotAnLerRsResume(String content) {
            assertThatThrownBy(() -> mapper.map(json(content))).isInstanceOf(MappingException.class);
        }

        @Test
        void refusesAResumeThatGivesNoRecord() {
            assertThatThrownBy(() -> mapper.map(json("""
                    {"type": "http://schema.hropenstandards.org/4.5/recruiting/json/LER-RSType.json",
                     "person": {"name": {"formattedName": "Ann Lee"}}, "skills": [{"comments": ["no name"]}]}""")))
                    .isInstanceOf(MappingException.class)
                    .hasMessageContaining("nothing in it can become a record");
        }
    }

    private List<LerRecord> records(SourceDocument document) throws MappingException {
        return mapper.map(document).records();
    }

    private LerRecord only(SourceDocument document) {
        try {
            List<LerRecord> records = records(document);
            assertThat(records).hasSize(1);
            return records.get(0);
        } catch (MappingException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resumeExtension(LerRecord record) {
        return (Map<String, Object>) record.extensions().get("resume");
    }

    private static SourceDocument sample(String sample) {
        return GoldenFiles.sample("ler-rs/" + sample, JSON);
    }

    private static JsonNode document(String sample) {
        return GoldenFiles.JSON.readTree(GoldenFiles.bytes("corpus/ler-rs/" + sample));
    }

    /** The résumé in a sample, read independently of the mapper. */
    private static JsonNode resume(String sample) {
        JsonNode json = document(sample);
        return json.has("credentialSubject") ? json.get("credentialSubject") : json;
    }

    /** Whether the record is of a credential the résumé embeds rather than of one of its entries. */
    private static boolean embedded(LerRecord record) {
        return record.provenance().sourceRecordId().contains(".verifications[");
    }

    private static LerRecord record(MappingResult result, String sourceRecordId) {
        return result.records().stream()
                .filter(record -> sourceRecordId.equals(record.provenance().sourceRecordId()))
                .findFirst().orElseThrow();
    }

    private static SourceDocument json(String text) {
        return new SourceDocument(text.getBytes(StandardCharsets.UTF_8), JSON, "inline.json");
    }

    /** A text value of a sample and the form the mapper may rewrite it to. */
    private record Text(String field, String value) {

        /**
         * The kind of a country subdivision that a place line ("Muncie, IN, US") implies, or a type that an
         * embedded badge's structure implies (the Open Badges 3.0 mapping keeps only the types it does not imply).
         */
        boolean implied() {
            return "type".equals(field) && List.of("state", "province", "OpenBadgeCredential", "Profile",
                    "AchievementSubject").contains(value);
        }

        String rewritten() {
            if ("domainName".equals(field) && value.startsWith("dns:")) {
                return "https://" + value.substring("dns:".length());
            }
            if (("validFrom".equals(field) || "validTo".equals(field)) && value.length() > 19) {
                return value.substring(0, 19) + "Z";
            }
            return value;
        }
    }

    private static void collectTexts(String field, JsonNode node, List<Text> texts) {
        if (node.isObject()) {
            node.properties().forEach(property -> collectTexts(property.getKey(), property.getValue(), texts));
        } else if (node.isArray()) {
            node.values().forEach(item -> collectTexts(field, item, texts));
        } else if (node.isString()) {
            texts.add(new Text(field, node.asString()));
        }
    }

    /** The text as it appears inside a JSON string. */
    private static String escaped(String text) {
        String quoted = GoldenFiles.JSON.writeValueAsString(text);
        return quoted.substring(1, quoted.length() - 1);
    }
}
