package org.lerhub.mappings.hrcsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lerhub.mapping.Mappers;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.GoldenFiles;
import org.lerhub.mappings.SharedSchema;
import org.lerhub.schema.Earnings;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.PersonName;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Skill;
import org.lerhub.schema.TrustLevel;

class HrCsvMapperTest {

    private static final String WORKDAY = "hr-csv/workday-worker-history.csv";
    private static final String ADP = "hr-csv/adp-employee-export.csv";

    private final HrCsvMapper mapper = new HrCsvMapper(new CsvProfiles(null));

    @ParameterizedTest
    @CsvSource({WORKDAY + ", workday-worker-history", ADP + ", adp-employee-export"})
    void mapsEachSampleWithItsProfileAsItsGoldenFileSays(String sample, String profile) throws MappingException {
        GoldenFiles.assertMatches(mapper.formatId(), sample, map(sample, profile).records());
    }

    @ParameterizedTest
    @CsvSource({WORKDAY + ", workday-worker-history", ADP + ", adp-employee-export"})
    void recordsAreTransportAuthenticatedEmploymentValidAgainstTheSharedSchema(String sample, String profile)
            throws MappingException {
        List<LerRecord> records = map(sample, profile).records();

        assertThat(records).allSatisfy(record -> {
            assertThat(record.kind()).isEqualTo(RecordKind.EMPLOYMENT);
            assertThat(record.provenance().trust()).isEqualTo(TrustLevel.TRANSPORT_AUTHENTICATED);
            assertThat(record.employment().employer().type()).isEqualTo(OrganizationType.EMPLOYER);
            assertThat(record.extensions()).containsEntry("hr-csv:profile", profile);
        });
        SharedSchema.assertValidOnceStored(records);
    }

    @Test
    void workdayRowsCarryPaySkillsAndTheColumnsNoSlotHolds() throws MappingException {
        MappingResult result = map(WORKDAY, "workday-worker-history");
        LerRecord chargeNurse = result.records().get(1);

        assertThat(chargeNurse.title()).isEqualTo("Charge Nurse");
        assertThat(chargeNurse.provenance().sourceRecordId()).isEqualTo("row[3]");
        assertThat(chargeNurse.subject().name()).isEqualTo(PersonName.of("Amara", "Okafor"));
        assertThat(chargeNurse.subject().identifiers())
                .containsExactly(Identifier.issuedBy("employeeId", "21001", "Northwind Health"));
        assertThat(chargeNurse.employment().start()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(chargeNurse.employment().current()).isTrue();
        assertThat(chargeNurse.employment().location()).isEqualTo("Columbus, OH");
        assertThat(chargeNurse.employment().relationship()).isEqualTo("Employee");
        assertThat(chargeNurse.employment().earnings())
                .containsExactly(new Earnings(new BigDecimal("74500.00"), "USD", "ANNUAL", null, null));
        assertThat(chargeNurse.skills()).containsExactly(Skill.labelled("Patient Care"),
                Skill.labelled("Team Leadership"), Skill.labelled("Staff Scheduling"));
        assertThat(chargeNurse.extensions()).containsEntry("Job Profile", "Nursing - Charge RN")
                .containsEntry("Time Type", "Full time");
        assertThat(result.records().get(2).employment().earnings().get(0).basis()).isEqualTo("HOURLY");
        assertThat(result.records().get(3).title()).isEqualTo("Data Analyst, Clinical Quality");
    }

    @Test
    void badRowsAreWarningsNamingRowAndColumn() throws MappingException {
        MappingResult result = map(WORKDAY, "workday-worker-history");

        assertThat(result.records()).hasSize(5);
        assertThat(result.warnings()).containsExactly(
                "row 6, column 'Position Start Date': '2023-02-30' is not a date (yyyy-MM-dd); kept as written",
                "row 7 gives no record: it names no employee (no employee id, email or name)");
        LerRecord badDate = result.records().get(4);
        assertThat(badDate.employment().start()).isNull();
        assertThat(badDate.extensions()).containsEntry("Position Start Date", "2023-02-30");
    }

    @Test
    void adpExportIsWindows1252WithUsDatesDollarAmountsAndStatuses() throws MappingException {
        MappingResult result = map(ADP, "adp-employee-export");
        List<LerRecord> records = result.records();

        assertThat(records).extracting(r -> r.subject().name().display())
                .containsExactly("José Muñoz", "Zoë Lefèvre", "Darnell Washington", "Priya Natarajan");
        assertThat(records.get(0).employment().location()).isEqualTo("Plant 2 – Akron");
        assertThat(records.get(0).employment().start()).isEqualTo(LocalDate.of(2015, 3, 2));
        assertThat(records.get(0).employment().end()).isEqualTo(LocalDate.of(2020, 7, 15));
        assertThat(records).extracting(r -> r.employment().current()).containsExactly(false, true, true, true);
        assertThat(records.get(2).extensions()).as("a status says more than the flag")
                .containsEntry("Position Status", "Leave");
        assertThat(records.get(1).employment().start()).isEqualTo(LocalDate.of(2020, 8, 3));
        assertThat(records.get(2).employment().earnings())
                .containsExactly(new Earnings(new BigDecimal("55120.00"), "USD", "ANNUAL", null, null));
        assertThat(records.get(3).employment().earnings()).isEmpty();
        assertThat(records.get(3).extensions()).containsEntry("Annual Salary", "sixty thousand");
        assertThat(result.warnings()).containsExactly(
                "row 5, column 'Annual Salary': 'sixty thousand' is not an amount; kept as written");
    }

    @Test
    void theProfileCanBeNamedOnTheFirstLine() throws MappingException {
        byte[] csv = "# profile: adp-employee-export\r\n".getBytes(StandardCharsets.US_ASCII);
        SourceDocument document = new SourceDocument(concat(csv, GoldenFiles.bytes("corpus/" + ADP)), null,
                "export.csv");

        MappingResult result = mapper.map(document);

        assertThat(mapper.recognizes(document)).isTrue();
        assertThat(result.records()).hasSize(4);
        assertThat(result.records().get(1).provenance().sourceRecordId()).as("the comment is line 1").isEqualTo("row[4]");
        assertThat(result.records().get(1).subject().name().given()).isEqualTo("Zoë");
    }

    @Test
    void withoutProfileCommonHeadersDelimiterAndEncodingAreFoundByTheDefaultProfile() throws MappingException {
        SourceDocument workday = GoldenFiles.sample(WORKDAY, null);
        SourceDocument adp = GoldenFiles.sample(ADP, null);

        assertThat(mapper.recognizes(workday)).isTrue();
        assertThat(mapper.recognizes(adp)).isTrue();
        assertThat(mapper.map(workday).records()).hasSize(5);
        MappingResult result = mapper.map(adp);
        assertThat(result.warnings()).contains("the file is not valid UTF-8 and has no byte-order mark: read as"
                + " windows-1252");
        LerRecord jose = result.records().get(0);
        assertThat(jose.subject().name().display()).isEqualTo("José Muñoz");
        assertThat(jose.employment().current()).as("Terminated").isFalse();
        assertThat(jose.employment().earnings()).extracting(Earnings::amount).containsExactly(new BigDecimal("41600.00"));
        assertThat(jose.extensions()).containsEntry("hr-csv:profile", "auto");
    }

    @Test
    void isWhatFormatDetectionPicksForCsvAndNothingElse() {
        assertThat(Mappers.fromClasspath().detect(GoldenFiles.sample(WORKDAY, null)))
                .containsInstanceOf(HrCsvMapper.class);
        assertThat(mapper.recognizes(csv("a,b,c\n1,2,3\n", null))).as("no known column").isFalse();
        assertThat(mapper.recognizes(csv("a,b,c\n1,2,3\n", "text/csv; charset=utf-8"))).as("declared").isTrue();
        assertThat(mapper.recognizes(GoldenFiles.sample("jsonresume/sample.resume.json", "application/json")))
                .isFalse();
        assertThat(mapper.recognizes(GoldenFiles.sample("pesc/college-transcript.xml", "application/xml")))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-8"})
    void readsByteOrderMarks(String encoding) throws MappingException {
        Charset charset = Charset.forName(encoding);
        String text = "\uFEFFEmployee ID,Name,Job Title\n7,Zoë Ólafsdóttir,Welder\n";

        LerRecord welder = mapper.map(new SourceDocument(text.getBytes(charset), "text/csv", "x.csv")).records().get(0);

        assertThat(welder.subject().name().formatted()).isEqualTo("Zoë Ólafsdóttir");
        assertThat(welder.title()).isEqualTo("Welder");
    }

    @Test
    void theReadmeExampleProfileReadsAFileWithoutHeaderByColumnNumber(@TempDir Path profiles) throws Exception {
        Files.writeString(profiles.resolve("stadtwerke-payroll.yaml"), readmeExample());
        HrCsvMapper withDirectory = new HrCsvMapper(new CsvProfiles(profiles));
        byte[] export = "0042|Jana Novák|Elektrikerin|01.04.2019||Aktiv|3.250,50|Monatsgehalt|Tarif E7\r\n"
                .getBytes(Charset.forName("windows-1252"));

        MappingResult result = withDirectory.map(new SourceDocument(export, "text/csv; profile=stadtwerke-payroll",
                "lohn.csv"));

        LerRecord record = result.records().get(0);
        assertThat(result.warnings()).isEmpty();
        assertThat(record.subject().name().formatted()).isEqualTo("Jana Novák");
        assertThat(record.employment().employer().name()).isEqualTo("Stadtwerke Beispiel");
        assertThat(record.employment().start()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(record.employment().current()).isTrue();
        assertThat(record.employment().earnings())
                .containsExactly(new Earnings(new BigDecimal("3250.50"), "EUR", "MONTHLY", null, null));
        assertThat(record.extensions()).containsEntry("column 9", "Tarif E7");
    }

    /** The profile of "Write your own profile" in mappings/README.md, so that the example stays true. */
    private static String readmeExample() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```yaml", readme.indexOf("### Write your own profile")) + "```yaml".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void aMisspeltProfileIsRejectedWithEveryProblem(@TempDir Path profiles) throws IOException {
        Files.writeString(profiles.resolve("typo.yaml"), """
                delimiter: ";;"
                columns: {emial: E-Mail, position: [Job Title, 3]}
                """);
        HrCsvMapper withDirectory = new HrCsvMapper(new CsvProfiles(profiles));

        assertThatThrownBy(() -> withDirectory.map(csv("x", "text/csv; profile=typo")))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("delimiter: ';;' must be one character")
                .hasMessageContaining("columns: 'emial' is not a field")
                .hasMessageContaining("columns: position must be a header name, a list of header names or a column"
                        + " number from 1");
    }

    @Test
    void anUnknownProfileOrAPathIsNoProfile() {
        assertThatThrownBy(() -> mapper.map(csv("Email,Job Title\na@b.c,Cook\n", "text/csv; profile=../../etc/x")))
                .isInstanceOf(MappingException.class).hasMessageStartingWith("there is no HR CSV profile '../../etc/x'");
    }

    @Test
    void aFileWhereNoRowMapsIsRejected() {
        assertThatThrownBy(() -> mapper.map(csv("Email,Job Title\n,Cook\n,Baker\n", "text/csv")))
                .isInstanceOf(MappingException.class)
                .hasMessage("none of the 2 rows gives a record (profile 'auto'); row 2 gives no record: it names no"
                        + " employee (no employee id, email or name); row 3 gives no record: it names no employee"
                        + " (no employee id, email or name)");
        assertThatThrownBy(() -> mapper.map(csv("Email,Job Title\n", "text/csv")))
                .isInstanceOf(MappingException.class).hasMessage("the file has no data rows: there is nothing to map");
        assertThatThrownBy(() -> mapper.map(csv("Colour,Size\nred,L\n", "text/csv")))
                .isInstanceOf(MappingException.class).hasMessageStartingWith("the file has no column profile 'auto'"
                        + " takes for the employee (it looks for Employee ID or");
    }

    @Test
    void brokenCsvIsRejectedWithItsLineAndWrongBytesWithTheirEncoding() {
        assertThatThrownBy(() -> mapper.map(csv("Email,Job Title\na@b.c,Cook\nd@e.f,\"Baker\n", "text/csv")))
                .isInstanceOf(MappingException.class).hasMessageStartingWith("the file is not valid CSV at line");
        byte[] latin1 = "Email,Job Title\nzoë@b.c,Cook\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> mapper.map(new SourceDocument(latin1, "text/csv; profile=workday-worker-history",
                "x.csv")))
                .isInstanceOf(MappingException.class).hasMessageStartingWith("the file is not valid UTF-8 text");
    }

    @Test
    void aHundredThousandRowsMapToAHundredThousandRecords() throws MappingException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes("Employee ID,Email,Job Title,Company,Start Date,Salary,Skills\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 100_000; i++) {
            csv.writeBytes(("E" + i + ",worker" + i + "@example.org,Technician " + (i % 7) + ",Acme Corp,2020-01-"
                    + (10 + i % 19) + "," + (40_000 + i) + ".00,Welding;Safety\n").getBytes(StandardCharsets.UTF_8));
        }

        MappingResult result = mapper.map(new SourceDocument(csv.toByteArray(), "text/csv", "big.csv"));

        assertThat(result.records()).hasSize(100_000);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(99_999).provenance().sourceRecordId()).isEqualTo("row[100001]");
    }

    private MappingResult map(String sample, String profile) throws MappingException {
        return mapper.map(GoldenFiles.sample(sample, "text/csv; profile=" + profile));
    }

    private static SourceDocument csv(String text, String mediaType) {
        return new SourceDocument(text.getBytes(StandardCharsets.UTF_8), mediaType, "test.csv");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
