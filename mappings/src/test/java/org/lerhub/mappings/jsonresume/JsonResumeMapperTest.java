package org.lerhub.mappings.jsonresume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lerhub.mapping.Mappers;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.GoldenFiles;
import org.lerhub.mappings.SharedSchema;
import org.lerhub.mappings.hropen.LerRsMapper;
import org.lerhub.schema.Evidence;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Organization;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Skill;
import org.lerhub.schema.TrustLevel;

class JsonResumeMapperTest {

    private static final String SAMPLE = "jsonresume/sample.resume.json";

    private final JsonResumeMapper mapper = new JsonResumeMapper();

    @Test
    void mapsTheSchemaSampleAsItsGoldenFileSays() throws MappingException {
        GoldenFiles.assertMatches(mapper.formatId(), SAMPLE, map(SAMPLE).records());
    }

    @Test
    void isWhatFormatDetectionPicksForTheSample() {
        SourceDocument sample = GoldenFiles.sample(SAMPLE, "application/json");

        assertThat(mapper.recognizes(sample)).isTrue();
        assertThat(new LerRsMapper().recognizes(sample)).isFalse();
        assertThat(Mappers.fromClasspath().detect(sample)).containsInstanceOf(JsonResumeMapper.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ler-rs/LER-RS_V2_UC008_portability.json", "ler-rs/LER-RS_V2_UC010_applying.json",
            "ler-rs/LER-RS_V2_VCwrapper.json", "ler-rs/demo-data/ashley.lopez.151-employment.json",
            "obv3/1edtech-validator/complete.json"})
    void doesNotTakeAnLerRsResumeOrABadge(String sample) {
        assertThat(mapper.recognizes(GoldenFiles.sample(sample, "application/json"))).isFalse();
    }

    @Test
    void aResumeWithBasicsAndWorkButAnLerRsSectionIsLerRs() {
        SourceDocument both = json("""
                {"basics": {"name": "Ada"}, "work": [{"name": "Acme", "position": "Engineer"}],
                 "employmentHistories": []}""");

        assertThat(mapper.recognizes(both)).isFalse();
        assertThatThrownBy(() -> mapper.map(both)).isInstanceOf(MappingException.class)
                .hasMessage("the document has employmentHistories: it is an HR Open LER-RS résumé (format ler-rs),"
                        + " not a JSON Resume");
    }

    @Test
    void workBecomesEmploymentAndEveryRecordIsSelfAsserted() throws MappingException {
        MappingResult result = map(SAMPLE);
        LerRecord job = result.records().get(0);

        assertThat(result.records()).allSatisfy(record -> {
            assertThat(record.provenance().trust()).isEqualTo(TrustLevel.SELF_ASSERTED);
            assertThat(record.provenance().formatId()).isEqualTo("json-resume");
            assertThat(record.subject().name().formatted()).isEqualTo("Richard Hendriks");
            assertThat(record.subject().emails()).containsExactly("richard.hendriks@mail.com");
        });
        assertThat(job.kind()).isEqualTo(RecordKind.EMPLOYMENT);
        assertThat(job.title()).isEqualTo("CEO/President");
        assertThat(job.employment().employer()).isEqualTo(new Organization(null, "Pied Piper",
                OrganizationType.EMPLOYER, List.of(), "http://piedpiper.example.com", null));
        assertThat(job.employment().start()).isEqualTo(LocalDate.of(2013, 12, 1));
        assertThat(job.employment().end()).isEqualTo(LocalDate.of(2014, 12, 1));
        assertThat(job.employment().current()).isFalse();
        assertThat(job.employment().location()).isEqualTo("Palo Alto, CA");
        assertThat(job.extensions()).containsKeys("highlights", "description");
        LerRecord volunteering = result.records().get(1);
        assertThat(volunteering.employment().relationship()).isEqualTo("Volunteer");
        assertThat(volunteering.employment().employer().name()).isEqualTo("CoderDojo");
    }

    @Test
    void educationAwardsSkillsAndLanguagesBecomeAchievements() throws MappingException {
        List<LerRecord> records = map(SAMPLE).records();

        assertThat(records).extracting(LerRecord::achievementType)
                .containsExactly(null, null, "Degree", "Award", "Competency", "Competency", "Competency");
        LerRecord degree = records.get(2);
        assertThat(degree.title()).isEqualTo("Bachelor in Information Technology");
        assertThat(degree.issuer().name()).isEqualTo("University of Oklahoma");
        assertThat(degree.result().score()).isEqualTo("4.0");
        assertThat(degree.extensions()).containsEntry("courses", List.of("DB1101 - Basic SQL",
                "CS2011 - Java Introduction"));
        LerRecord webDevelopment = records.get(4);
        assertThat(webDevelopment.skills()).containsExactly(Skill.labelled("Web Development"), Skill.labelled("HTML"),
                Skill.labelled("CSS"), Skill.labelled("Javascript"));
        assertThat(webDevelopment.result().score()).isEqualTo("Master");
        assertThat(records.get(6).skills()).containsExactly(Skill.labelled("English"));
    }

    @Test
    void keepsWhatHasNoRecordButNotBasicsDetailsOrReferences() throws MappingException {
        LerRecord any = map(SAMPLE).records().get(0);

        @SuppressWarnings("unchecked")
        Map<String, Object> resume = (Map<String, Object>) any.extensions().get("resume");
        assertThat(resume).containsOnlyKeys("$schema", "publications", "interests", "projects", "meta");
        assertThat(GoldenFiles.render(List.of(any))).doesNotContain("555-4321", "2712 Broadway", "Erlich Bachman");
    }

    @Test
    void partialDatesAndAJobWithoutEndDate() throws MappingException {
        MappingResult result = mapper.map(json("""
                {"basics": {"email": "ada@example.org"},
                 "work": [{"name": "Analytical Engines Ltd", "position": "Programmer", "startDate": "2019-03"},
                          {"name": "Babbage & Co", "position": "Intern", "startDate": "2017",
                           "endDate": "summer 2018"}],
                 "certificates": [{"name": "AWS Certified Developer", "issuer": "Amazon", "date": "2021-11",
                                   "url": "https://example.org/cert/42"}],
                 "skills": [{"keywords": ["orphaned"]}]}"""));

        LerRecord current = result.records().get(0);
        assertThat(current.employment().start()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(current.employment().current()).isTrue();
        assertThat(current.extensions()).containsEntry("startDate", "2019-03");
        LerRecord internship = result.records().get(1);
        assertThat(internship.employment().current()).as("it has an end, if unreadable").isFalse();
        assertThat(internship.extensions()).containsEntry("endDate", "summer 2018");
        LerRecord certificate = result.records().get(2);
        assertThat(certificate.achievementType()).isEqualTo("Certificate");
        assertThat(certificate.issuer().name()).isEqualTo("Amazon");
        assertThat(certificate.dates().issued()).isEqualTo(LocalDate.of(2021, 11, 1));
        assertThat(certificate.evidence()).containsExactly(new Evidence("https://example.org/cert/42", null, null,
                null, null));
        assertThat(result.warnings()).containsExactly(
                "work[1].endDate \"summer 2018\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); kept as written in"
                        + " the extensions",
                "skills[0] has no name or title: it gives no record and is kept in the extensions under"
                        + " resume.skills");
    }

    @Test
    void recordsValidateAgainstTheSharedSchema() throws MappingException {
        SharedSchema.assertValidOnceStored(map(SAMPLE).records());
    }

    @Test
    void aResumeWithNothingToMapIsRejected() {
        assertThatThrownBy(() -> mapper.map(json("""
                {"$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
                 "basics": {"name": "Ada"}, "interests": [{"name": "Engines"}]}""")))
                .isInstanceOf(MappingException.class).hasMessageContaining("nothing in it can become a record");
    }

    private MappingResult map(String sample) throws MappingException {
        return mapper.map(GoldenFiles.sample(sample, "application/json"));
    }

    private static SourceDocument json(String text) {
        return new SourceDocument(text.getBytes(StandardCharsets.UTF_8), "application/json", "resume.json");
    }
}
