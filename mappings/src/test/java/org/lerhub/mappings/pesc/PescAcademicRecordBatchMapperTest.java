package org.lerhub.mappings.pesc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lerhub.mapping.Mappers;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.GoldenFiles;
import org.lerhub.mappings.SharedSchema;
import org.lerhub.mappings.xml.HostileXml;
import org.lerhub.mappings.xml.SafeXml;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Relation;

class PescAcademicRecordBatchMapperTest {

    /** An AcademicRecordBatch v2.1.0 around one HighSchoolTranscript v1.5.0, failing a PSIS length facet. */
    private static final String NOVA_SCOTIA = "pesc/canpesc/NS_HighSchool_HighSchoolTranscript2.xml";
    private static final String BATCH_START = "<AcademicRecordBatch xmlns=\"urn:org:pesc:message:AcademicRecordBatch:v2.1.0\">"
            + "<BatchEnvelope><BatchID>B-1</BatchID><BatchDateTime>2024-06-01T10:00:00</BatchDateTime></BatchEnvelope>"
            + "<BatchContent>";
    private static final String BATCH_END = "</BatchContent></AcademicRecordBatch>";

    private final PescAcademicRecordBatchMapper mapper = new PescAcademicRecordBatchMapper();

    @Test
    void mapsTheNovaScotiaBatchAsItsGoldenFileSays() throws MappingException {
        GoldenFiles.assertMatches(mapper.formatId(), NOVA_SCOTIA, map(NOVA_SCOTIA).records());
    }

    @Test
    void aBatchThatFailsAnXsdFacetStillMapsEveryCourse() throws MappingException {
        MappingResult result = map(NOVA_SCOTIA);

        assertThat(result.records()).filteredOn(r -> r.kind() == RecordKind.COURSE).hasSize(20)
                .allSatisfy(course -> {
                    assertThat(course.provenance().formatId()).isEqualTo("pesc-academic-record-batch");
                    assertThat(course.provenance().sourceRecordId()).startsWith("Transcript[1]/AcademicRecord[1]/");
                    assertThat(course.issuer().name()).isEqualTo("Hants East Rural High School");
                    assertThat(course.extensions()).containsEntry("pesc:batch",
                            Map.of("BatchID", "BNSEECD2018091200002",
                                    "BatchDateTime", "2018-09-12T16:00:32.5737986-03:00"));
                });
        SharedSchema.assertValidOnceStored(result.records());
    }

    @Test
    void placeholderDatesAreNoDates() throws MappingException {
        LerRecord award = map(NOVA_SCOTIA).records().get(0);

        assertThat(award.achievementType()).isEqualTo("Diploma");
        assertThat(award.dates()).as("AcademicAwardDate and AcademicCompletionDate are 0001-01-01").isNull();
        assertThat(award.extensions()).containsEntry("AcademicAwardDate", "0001-01-01");
    }

    @Test
    void isWhatFormatDetectionPicksForABatch() {
        SourceDocument batch = GoldenFiles.sample(NOVA_SCOTIA, "application/xml");

        assertThat(mapper.recognizes(batch)).isTrue();
        assertThat(Mappers.fromClasspath().detect(batch)).containsInstanceOf(PescAcademicRecordBatchMapper.class);
        assertThat(mapper.recognizes(GoldenFiles.sample("pesc/canpesc/ON_HighSchool_HighSchoolTranscript.xml",
                "application/xml"))).isFalse();
    }

    @Test
    void tenThousandTranscriptsMapOneAtATime() throws MappingException {
        int transcripts = 10_000;
        // at most 100 elements in any one tree: each transcript fits, the batch as a whole could never be built
        SafeXml smallTrees = new SafeXml(PescAcademicRecordBatchMapper.DEFAULT_MAX_BYTES, SafeXml.DEFAULT_MAX_DEPTH, 100);
        SourceDocument batch = batch(IntStream.rangeClosed(1, transcripts).mapToObj(i -> transcript(i, true)));

        MappingResult result = new PescAcademicRecordBatchMapper(smallTrees).map(batch);

        assertThat(result.records()).hasSize(transcripts * 3);
        assertThat(result.warnings()).isEmpty();
        LerRecord lastCourse = result.records().get(result.records().size() - 1);
        assertThat(lastCourse.provenance().sourceRecordId()).isEqualTo("Transcript[10000]/AcademicRecord[1]/Course[2]");
        assertThat(lastCourse.relations())
                .containsExactly(new Relation("isChildOf", "Transcript[10000]/AcademicRecord[1]/AcademicAward[1]"));
        assertThat(lastCourse.subject().name().family()).isEqualTo("Learner 10000");
        assertThatThrownBy(() -> smallTrees.parse(batch)).as("the same batch read whole")
                .hasMessageContaining("more than 100 elements");
    }

    @Test
    void aTranscriptThatCannotBeMappedIsAWarningNamingItsPosition() throws MappingException {
        MappingResult result = mapper.map(batch(Stream.of(transcript(1, true), transcript(2, false),
                "<Acknowledgment/>", transcript(4, true))));

        assertThat(result.records()).extracting(r -> r.provenance().sourceRecordId().substring(0, 13))
                .containsOnly("Transcript[1]", "Transcript[4]");
        assertThat(result.warnings()).containsExactly(
                "Transcript[2] (<HighSchoolTranscript> at line 1) was not mapped: the <HighSchoolTranscript> has no"
                        + " <Student>: there is nothing to map",
                "Transcript[3]: <Acknowledgment> at line 1 is not a PESC transcript; it is kept in the original"
                        + " document only");
    }

    @Test
    void aBatchOfWhichNoTranscriptMapsIsRejected() {
        assertThatThrownBy(() -> mapper.map(batch(Stream.of(transcript(1, false), transcript(2, false)))))
                .isInstanceOf(MappingException.class)
                .hasMessage("none of the 2 transcripts of the batch could be mapped; Transcript[1]"
                        + " (<HighSchoolTranscript> at line 1) was not mapped: the <HighSchoolTranscript> has no"
                        + " <Student>: there is nothing to map");
        assertThatThrownBy(() -> mapper.map(batch(Stream.of())))
                .isInstanceOf(MappingException.class).hasMessageContaining("holds no CollegeTranscript");
    }

    @Test
    void rejectsAnotherRootElement() {
        assertThatThrownBy(() -> map("pesc/canpesc/ON_HighSchool_HighSchoolTranscript.xml"))
                .isInstanceOf(MappingException.class)
                .hasMessage("the root element is <HighSchoolTranscript>, not <AcademicRecordBatch>");
    }

    static Stream<Arguments> hostileBatches() {
        String noDoctype = "DOCTYPE declarations are not accepted";
        return Stream.of(
                Arguments.of("external entity", HostileXml.XXE.replace("CollegeTranscript", "AcademicRecordBatch"),
                        noDoctype),
                Arguments.of("billion laughs", HostileXml.BILLION_LAUGHS.replace("CollegeTranscript",
                        "AcademicRecordBatch"), noDoctype),
                Arguments.of("deep nesting in a transcript", BATCH_START + transcript(1, true)
                        + "<HighSchoolTranscript>" + "<a>".repeat(100_000) + "</a>".repeat(100_000)
                        + "</HighSchoolTranscript>" + BATCH_END, "nesting deeper than 256 elements at line 1"),
                Arguments.of("malformed after a good transcript", BATCH_START + transcript(1, true)
                        + "\n<HighSchoolTranscript><Student></HighSchoolTranscript>" + BATCH_END,
                        "malformed XML at line 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBatches")
    void hostileXmlIsRejectedWithAReason(String kind, String xml, String reason) {
        SourceDocument document = HostileXml.document(xml);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> mapper.map(document))
                .isInstanceOf(MappingException.class).hasMessageContaining(reason));
    }

    @Test
    void anOversizeBatchIsRejectedBeforeItIsRead() {
        PescAcademicRecordBatchMapper small = new PescAcademicRecordBatchMapper(new SafeXml(1024, 256, 1000));

        assertThatThrownBy(() -> small.map(batch(IntStream.rangeClosed(1, 5).mapToObj(i -> transcript(i, true)))))
                .isInstanceOf(MappingException.class).hasMessageEndingWith("the limit is 1 KB");
    }

    private MappingResult map(String sample) throws MappingException {
        return mapper.map(GoldenFiles.sample(sample, "application/xml"));
    }

    /** A batch around these transcripts, written as a stream of bytes, the way an exporter writes one. */
    private static SourceDocument batch(Stream<String> transcripts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BATCH_START.getBytes(UTF_8));
        transcripts.forEach(transcript -> bytes.writeBytes(transcript.getBytes(UTF_8)));
        bytes.writeBytes(BATCH_END.getBytes(UTF_8));
        return new SourceDocument(bytes.toByteArray(), "application/xml", "batch.xml");
    }

    /** A small high school transcript: a diploma and two courses, or, without student, one that cannot be mapped. */
    private static String transcript(int n, boolean withStudent) {
        String student = "<Student><Person><SchoolAssignedPersonID>" + n + "</SchoolAssignedPersonID><Name>"
                + "<FirstName>Sam</FirstName><LastName>Learner " + n + "</LastName></Name></Person>"
                + "<AcademicRecord><School><OrganizationName>Harbour High</OrganizationName><CEEBACT>330001"
                + "</CEEBACT></School><AcademicAward><AcademicAwardLevel>B18</AcademicAwardLevel>"
                + "<AcademicAwardTitle>High School Diploma</AcademicAwardTitle></AcademicAward>"
                + "<Course><CourseTitle>Algebra I</CourseTitle><CourseAcademicGrade>A</CourseAcademicGrade></Course>"
                + "<Course><CourseTitle>Biology</CourseTitle><CourseAcademicGrade>B</CourseAcademicGrade></Course>"
                + "</AcademicRecord></Student>";
        return "<hs:HighSchoolTranscript xmlns:hs=\"urn:org:pesc:message:HighSchoolTranscript:v1.5.0\">"
                + "<TransmissionData><DocumentID>T-" + n + "</DocumentID></TransmissionData>"
                + (withStudent ? student : "") + "</hs:HighSchoolTranscript>";
    }
}
