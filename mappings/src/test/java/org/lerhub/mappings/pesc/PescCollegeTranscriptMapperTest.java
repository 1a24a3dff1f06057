package org.lerhub.mappings.pesc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lerhub.mapping.Mappers;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.GoldenFiles;
import org.lerhub.mappings.SharedSchema;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.PersonName;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Relation;
import org.lerhub.schema.TrustLevel;

class PescCollegeTranscriptMapperTest {

    private static final String SAMPLE = "pesc/SampleCollegeTranscript.xml";
    private static final String JAXB = "pesc/college-transcript.xml";
    private static final String ONTARIO = "pesc/canpesc/ON_College_CollegeTranscript.xml";
    private static final String NOVA_SCOTIA = "pesc/canpesc/NS_University_UniversityTranscript1.xml";

    private final PescCollegeTranscriptMapper mapper = new PescCollegeTranscriptMapper();

    @ParameterizedTest
    @ValueSource(strings = {SAMPLE, JAXB, ONTARIO, NOVA_SCOTIA})
    void mapsEachSampleAsItsGoldenFileSays(String sample) throws MappingException {
        GoldenFiles.assertMatches(mapper.formatId(), sample, map(sample).records());
    }

    @ParameterizedTest
    @ValueSource(strings = {SAMPLE, JAXB, ONTARIO, NOVA_SCOTIA})
    void recognizesEachCollegeTranscriptSample(String sample) {
        assertThat(mapper.recognizes(GoldenFiles.sample(sample, "application/xml"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {SAMPLE, JAXB, ONTARIO, NOVA_SCOTIA})
    void isWhatFormatDetectionPicksAmongTheRegisteredMappers(String sample) {
        assertThat(Mappers.fromClasspath().detect(GoldenFiles.sample(sample, "application/xml")))
                .containsInstanceOf(PescCollegeTranscriptMapper.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {SAMPLE, JAXB, ONTARIO, NOVA_SCOTIA})
    void everyCourseOfTheFileBecomesOneCourseRecord(String sample) throws MappingException {
        List<LerRecord> courses = ofKind(map(sample), RecordKind.COURSE);

        assertThat(courses).hasSize(count("<Course>", text(sample)));
        assertThat(courses).allSatisfy(course -> {
            assertThat(course.title()).isNotBlank();
            assertThat(course.provenance().trust()).isEqualTo(TrustLevel.TRANSPORT_AUTHENTICATED);
            assertThat(course.provenance().formatId()).isEqualTo("pesc-college-transcript");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {SAMPLE, JAXB, ONTARIO, NOVA_SCOTIA})
    void noSocialSecurityNumberReachesAnyRecord(String sample) throws MappingException {
        String rendered = GoldenFiles.render(map(sample).records());

        assertThat(rendered).doesNotContain("SSN", "100000000", "000000000\"", "PartialSSN");
    }

    @ParameterizedTest
    @ValueSource(strings = {SAMPLE, JAXB, ONTARIO, NOVA_SCOTIA})
    void recordsValidateAgainstTheSharedSchemaOnceThePipelineAddsIdAndVerification(String sample) throws Exception {
        SharedSchema.assertValidOnceStored(map(sample).records());
    }

    @Test
    void sampleTranscriptKeepsTheGpaOfTheRecordWithoutAward() throws MappingException {
        List<LerRecord> achievements = ofKind(map(SAMPLE), RecordKind.ACHIEVEMENT);

        assertThat(achievements).extracting(LerRecord::achievementType).containsExactly("Diploma", "Transcript");
        LerRecord transcript = achievements.get(1);
        assertThat(transcript.provenance().sourceRecordId()).isEqualTo("AcademicRecord[4]");
        assertThat(transcript.title()).isEqualTo("Academic record — THE UNIVERSITY OF TEXAS AT AUSTIN");
        assertThat(transcript.result().gpa()).isEqualByComparingTo("3.0915");
        assertThat(transcript.result().creditsAttempted()).isEqualByComparingTo("159");
        assertThat(transcript.result().creditsEarned()).isEqualByComparingTo("136");
        assertThat(transcript.dates().issued()).isEqualTo(LocalDate.of(2005, 2, 2));
        // no School in the academic record: the sender issues it
        assertThat(transcript.issuer().id()).isEqualTo("urn:pesc:ATP:006882");
    }

    @Test
    void sampleTranscriptDecodesUtf16NamesAndNeverCopiesTheSsn() throws MappingException {
        LerRecord first = map(SAMPLE).records().get(0);

        assertThat(first.subject().name()).isEqualTo(
                new PersonName("Test", List.of("Record", "Test"), "Speede", "IV", null));
        assertThat(first.subject().birthDate()).isEqualTo(LocalDate.of(1967, 7, 14));
        assertThat(first.subject().emails()).containsExactly("TestSpeede@aol.com");
        assertThat(first.subject().identifiers()).isEmpty();
    }

    @Test
    void coursesCarryTermGradeCreditsAndTheirParent() throws MappingException {
        List<LerRecord> courses = ofKind(map(SAMPLE), RecordKind.COURSE);

        LerRecord spanish = courses.get(0);
        assertThat(spanish.title()).isEqualTo("BEGINNING SPANISH 1");
        assertThat(spanish.course().code()).isEqualTo("SPN 406");
        assertThat(spanish.course().term().code()).isEqualTo("1985-09");
        assertThat(spanish.course().creditsAttempted()).isEqualByComparingTo("4");
        assertThat(spanish.course().transferSchool()).isEqualTo("TEXAS A and M UNIVERSITY COLLEGE STATION");
        assertThat(spanish.result().grade()).isEqualTo("A");
        assertThat(spanish.result().gradeScale()).isEqualTo("25");
        assertThat(spanish.provenance().sourceRecordId()).isEqualTo("AcademicRecord[4]/AcademicSession[1]/Course[1]");
        assertThat(spanish.relations()).containsExactly(new Relation("isChildOf", "AcademicRecord[4]"));
        assertThat(spanish.extensions()).containsEntry("CourseRepeatCode", "NotCountedOther")
                .containsEntry("OriginalCourseID", "SPAN 105");
        assertThat(courses).allSatisfy(course -> assertThat(course.course().term().code()).isNotBlank());
    }

    @Test
    void jaxbTranscriptMapsAwardGpaProgramAndStudentId() throws MappingException {
        MappingResult result = map(JAXB);
        LerRecord award = result.records().get(0);

        assertThat(award.kind()).isEqualTo(RecordKind.ACHIEVEMENT);
        assertThat(award.achievementType()).isEqualTo("Degree");
        assertThat(award.issuer().id()).isEqualTo("urn:pesc:FICE:008073");
        assertThat(award.description()).isEqualTo("Computer and Information Sciences, General (CIP 11.0101)");
        assertThat(award.result().gpa()).isEqualByComparingTo("3.48");
        assertThat(award.result().qualityPoints()).isEqualByComparingTo("473");
        assertThat(award.extensions()).containsKeys("AcademicDegreeRequirement", "AcademicSummary");
        assertThat(award.subject().identifiers())
                .containsExactly(Identifier.issuedBy("studentId", "0", "urn:pesc:FICE:001334"));
        assertThat(award.subject().birthDate()).isEqualTo(LocalDate.of(1995, 1, 1));

        LerRecord course = result.records().get(1);
        assertThat(course.dates().activityStart()).isEqualTo(LocalDate.of(2014, 9, 1));
        assertThat(course.result().qualityPoints()).isEqualByComparingTo("12");
        assertThat(course.course().level()).isEqualTo("LowerDivision");
        assertThat(course.relations()).containsExactly(new Relation("isChildOf", "AcademicRecord[1]/AcademicAward[1]"));
    }

    @Test
    void ontarioAwardsHaveTheirOwnGpaAndCoursesFollowTheirProgram() throws MappingException {
        MappingResult result = map(ONTARIO);
        List<LerRecord> awards = ofKind(result, RecordKind.ACHIEVEMENT);

        assertThat(awards).extracting(LerRecord::achievementType).containsExactly("Diploma", "Diploma", "Certificate");
        assertThat(awards).extracting(a -> a.result().gpa())
                .containsExactly(new BigDecimal("0.0"), new BigDecimal("0.0"), new BigDecimal("3.74"));
        assertThat(awards.get(0).issuer().id()).isEqualTo("urn:pesc:CSIS:555555");

        LerRecord generalArts = record(result, "AcademicRecord[1]/AcademicSession[1]/Course[1]");
        assertThat(generalArts.relations())
                .containsExactly(new Relation("isChildOf", "AcademicRecord[1]/AcademicAward[1]"));
        LerRecord exemption = record(result, "AcademicRecord[1]/Course[1]");
        assertThat(exemption.relations()).hasSize(3);
        assertThat(exemption.extensions()).containsEntry("NoteMessage", "EC");
        assertThat(exemption.subject().identifiers()).contains(
                Identifier.issuedBy("agencyId", "999999999", "urn:pesc:agency:State:ON"));
    }

    @Test
    void transcriptWithoutNamespaceMapsWithAWarning() throws MappingException {
        MappingResult result = map(NOVA_SCOTIA);

        assertThat(result.warnings()).anyMatch(w -> w.contains("no namespace"));
        LerRecord degree = result.records().get(0);
        assertThat(degree.achievementType()).isEqualTo("Degree");
        assertThat(degree.title()).isEqualTo("MA (Theology and Religious Studies)");
        assertThat(degree.dates().issued()).isEqualTo(LocalDate.of(2012, 5, 5));
        assertThat(degree.result().status()).isEqualTo("Awarded");
        assertThat(degree.subject().birthDate()).as("spelt Birthdate in this file")
                .isEqualTo(LocalDate.of(1978, 8, 31));

        LerRecord transferred = record(result, "AcademicRecord[2]/AcademicSession[1]/Course[1]");
        assertThat(transferred.course().transferSchool()).isEqualTo("Concordia University");
        assertThat(transferred.result().status()).isEqualTo("TransferNoGrade");
        assertThat(transferred.relations()).as("its academic record has no award or GPA").isEmpty();
    }

    @Test
    void badDatesAndNumbersStayInExtensionsWithAWarning() throws MappingException {
        MappingResult result = mapper.map(document(transcript("""
                <AcademicRecord><Course>
                  <CourseCreditBasis>Regular</CourseCreditBasis>
                  <CourseCreditValue>three</CourseCreditValue>
                  <CourseTitle>Algebra</CourseTitle>
                  <CourseBeginDate>2019-13-01</CourseBeginDate>
                  <CourseEndDate>2019-12</CourseEndDate>
                </Course></AcademicRecord>""")));

        LerRecord course = result.records().get(0);
        assertThat(course.course().creditsAttempted()).isNull();
        assertThat(course.dates().activityStart()).isNull();
        assertThat(course.dates().activityEnd()).as("a month ends on its last day")
                .isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(course.extensions()).containsEntry("CourseCreditValue", "three")
                .containsEntry("CourseBeginDate", "2019-13-01").containsEntry("CourseEndDate", "2019-12");
        assertThat(result.warnings()).contains(
                "AcademicRecord[1]/Course[1]/CourseCreditValue: 'three' is not a number; left as written",
                "AcademicRecord[1]/Course[1]/CourseBeginDate: '2019-13-01' is not a date (YYYY-MM-DD);"
                        + " left as written");
    }

    @Test
    void keepsUnmappedFieldsAsExtensionsButNeverAnSsn() throws MappingException {
        MappingResult result = mapper.map(document(transcript("""
                <AcademicRecord>
                  <AcademicAward>
                    <AcademicAwardLevel>2.2</AcademicAwardLevel>
                    <AcademicAwardTitle>Welding Certificate</AcademicAwardTitle>
                    <AcademicHonors><HonorsTitle>With distinction</HonorsTitle></AcademicHonors>
                    <AcademicCompletionIndicator>false</AcademicCompletionIndicator>
                    <AcademicAwardProgram><AcademicProgramName>Welding</AcademicProgramName></AcademicAwardProgram>
                    <AcademicAwardProgram><ProgramCIPCode>48.0508</ProgramCIPCode></AcademicAwardProgram>
                  </AcademicAward>
                  <Course>
                    <CourseCreditBasis>Regular</CourseCreditBasis>
                    <CourseTitle>MIG Welding</CourseTitle>
                    <UserDefinedExtensions>
                      <ext:Course xmlns:ext="urn:example:ext" code="W1">
                        <Compulsory>true</Compulsory><SSN>123456789</SSN>
                      </ext:Course>
                    </UserDefinedExtensions>
                  </Course>
                </AcademicRecord>""")));

        LerRecord award = result.records().get(0);
        assertThat(award.achievementType()).isEqualTo("Certificate");
        assertThat(award.description()).isEqualTo("Welding; CIP 48.0508");
        assertThat(award.result().status()).isEqualTo("NotCompleted");
        assertThat(award.extensions()).containsEntry("AcademicAwardLevel", "2.2")
                .containsEntry("AcademicHonors", Map.of("HonorsTitle", "With distinction"))
                .doesNotContainKeys("AcademicAwardProgram", "AcademicCompletionIndicator");
        LerRecord course = result.records().get(1);
        assertThat(course.extensions()).containsEntry("UserDefinedExtensions",
                Map.of("Course", Map.of("@xmlns", "urn:example:ext", "@code", "W1", "Compulsory", "true")));
        assertThat(course.relations()).containsExactly(new Relation("isChildOf", "AcademicRecord[1]/AcademicAward[1]"));
    }

    @Test
    void warnsAboutAcademicRecordsThatGiveNoRecord() throws MappingException {
        assertThat(map(SAMPLE).warnings()).contains(
                "AcademicRecord[2] (AUSTIN COMMUNITY COLLEGE) has no award, GPA or course;"
                        + " it is kept in the original document only",
                "AcademicRecord[4]/AcademicSession[3] has no course or award;"
                        + " its details are kept in the original document only");
    }

    @Test
    void rejectsATranscriptWithoutStudent() {
        assertThatThrownBy(() -> mapper.map(document("<CollegeTranscript><TransmissionData/></CollegeTranscript>")))
                .isInstanceOf(MappingException.class).hasMessageContaining("no <Student>");
    }

    @Test
    void rejectsAnotherRootElement() {
        assertThatThrownBy(() -> mapper.map(GoldenFiles.sample("pesc/canpesc/ON_HighSchool_HighSchoolTranscript.xml",
                "application/xml")))
                .isInstanceOf(MappingException.class)
                .hasMessage("the root element is <HighSchoolTranscript>, not <CollegeTranscript>");
    }

    @Test
    void doesNotRecognizeJsonOrAHighSchoolTranscript() {
        assertThat(mapper.recognizes(document("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"]}"))).isFalse();
        assertThat(mapper.recognizes(GoldenFiles.sample("pesc/canpesc/ON_HighSchool_HighSchoolTranscript.xml",
                "application/xml"))).isFalse();
        assertThat(mapper.recognizes(GoldenFiles.sample("pesc/canpesc/NS_HighSchool_HighSchoolTranscript2.xml",
                "application/xml"))).isFalse();
    }

    private MappingResult map(String sample) throws MappingException {
        return mapper.map(GoldenFiles.sample(sample, "application/xml"));
    }

    /** A minimal transcript around the given academic records. */
    static String transcript(String academicRecords) {
        return "<CollegeTranscript xmlns=\"urn:org:pesc:message:CollegeTranscript:v1.6.0\"><Student><Person><Name>"
                + "<FirstName>Ada</FirstName><LastName>Lovelace</LastName></Name></Person>" + academicRecords
                + "</Student></CollegeTranscript>";
    }

    static SourceDocument document(String xml) {
        return new SourceDocument(xml.getBytes(StandardCharsets.UTF_8), "application/xml", "test.xml");
    }

    private static List<LerRecord> ofKind(MappingResult result, RecordKind kind) {
        return result.records().stream().filter(r -> r.kind() == kind).toList();
    }

    private static LerRecord record(MappingResult result, String sourceRecordId) {
        return result.records().stream().filter(r -> r.provenance().sourceRecordId().equals(sourceRecordId))
                .findFirst().orElseThrow();
    }

    /** The sample's text, decoded independently of the mapper (UTF-16 samples carry a byte-order mark). */
    private static String text(String sample) {
        byte[] bytes = GoldenFiles.bytes("corpus/" + sample);
        boolean utf16 = bytes.length > 1 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF);
        return new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
    }

    private static int count(String token, String text) {
        Matcher m = Pattern.compile(Pattern.quote(token)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
