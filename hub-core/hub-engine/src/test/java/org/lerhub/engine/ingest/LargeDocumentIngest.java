package org.lerhub.engine.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lerhub.demo.DemoDataGenerator;
import org.lerhub.demo.GeneratedDocument;
import org.lerhub.engine.EngineTestApplication;
import org.lerhub.engine.store.Records;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ingests one large generated document through the real pipeline, in a JVM whose heap the caller caps
 * ({@link HeapCappedIngestTest}): a PESC AcademicRecordBatch of N transcripts or an HR CSV export of N rows. Writes
 * the document to a file first, so the generator's work is not in the heap when ingest starts, then prints
 * {@code STORED <records in the outcome> <records in the store>} or the dead letter's reason, and exits.
 */
public final class LargeDocumentIngest {

    private LargeDocumentIngest() {
    }

    public static void main(String[] args) throws IOException {
        String kind = args[0];
        int count = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        Path file = dir.resolve(kind.equals("batch") ? "batch.xml" : "export.csv");
        if (kind.equals("batch")) {
            writeBatch(file, count);
        } else {
            writeCsv(file, count);
        }
        System.gc();
        try (ConfigurableApplicationContext engine = SpringApplication.run(EngineTestApplication.class,
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + "/ler;CACHE_SIZE=8192",
                "--ler.data-dir=" + dir.toAbsolutePath(), "--ler.ingest.max-document-size=512MB",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
            IngestOutcome outcome = engine.getBean(IngestPipeline.class).ingest(new InboundDocument(
                    Files.readAllBytes(file), "tn", null, kind.equals("batch") ? null : "hr-csv",
                    kind.equals("batch") ? "application/xml" : "text/csv", file.getFileName().toString()));
            Runtime runtime = Runtime.getRuntime();
            System.out.println(outcome.status() + " " + outcome.recordIds().size() + " "
                    + engine.getBean(Records.class).count() + " (max heap " + runtime.maxMemory() / (1 << 20) + " MB)"
                    + (outcome.reason() == null ? "" : " " + outcome.reason()));
        }
    }

    /** A batch of {@code count} demo College Transcripts, written transcript by transcript. */
    private static void writeBatch(Path file, int count) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AcRecBat:AcademicRecordBatch"
                    + " xmlns:AcRecBat=\"urn:org:pesc:message:AcademicRecordBatch:v2.1.0\">\n<BatchEnvelope><BatchID>"
                    + "LARGE-" + count + "</BatchID></BatchEnvelope>\n<BatchContent>\n");
            new DemoDataGenerator(count).documents(Integer.MAX_VALUE)
                    .filter(document -> document.formatId().equals(GeneratedDocument.PESC_COLLEGE_TRANSCRIPT))
                    .limit(count)
                    .forEach(document -> write(out, withoutDeclaration(document.text())));
            out.write("</BatchContent>\n</AcRecBat:AcademicRecordBatch>\n");
        }
    }

    /** An ADP-like export ({@code adp-employee-export} profile) of {@code count} employees. */
    private static void writeCsv(Path file, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
            out.write("# profile: adp-employee-export\n");
            out.write("Associate ID;Legal First Name;Legal Last Name;Work Contact: Work Email;Company Name;"
                    + "Job Title Description;Position Start Date;Termination Date;Position Status;Location Description;"
                    + "Worker Category Description;Annual Salary\n");
            for (int i = 0; i < count; i++) {
                out.write("E" + i + ";Worker;Number" + i + ";worker" + i + "@employer.example;Acme Manufacturing;"
                        + (i % 2 == 0 ? "Welder" : "Machine Operator") + ";0" + (1 + i % 9) + "/15/2019;;Active;"
                        + "Nashville;Full time;$" + (40_000 + i % 20_000) + ".00\n");
            }
        }
    }

    private static String withoutDeclaration(String xml) {
        return xml.startsWith("<?xml") ? xml.substring(xml.indexOf("?>") + 2) : xml;
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
