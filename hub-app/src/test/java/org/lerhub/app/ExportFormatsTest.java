package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lerhub.engine.verification.BundledContexts;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.mappings.clr.Clr2Mapper;
import org.lerhub.mappings.hropen.LerRsMapper;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.RecordKind;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo learner takes their records elsewhere: as a CLR 2.0 credential and as an HR Open LER-RS résumé. Each
 * export has its standard's shape (the CLR's required structure and every term defined by the bundled CLR and
 * Open Badges contexts; the LER-RS 4.5 JSON Schema), and reads back through the hub's own mapper as the records it
 * came from.
 */
class ExportFormatsTest extends HubTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    private static final String LER_RS_SCHEMA = "http://schema.hropenstandards.org/4.5/recruiting/json/LER-RSType.json";

    @Test
    void aliceExportsACompleteClrThatReadsBackAsHerLearningRecords() throws Exception {
        HubClient.Response export = hub().get("alice", "/api/v1/me/export?format=clr2");

        assertThat(export.status()).as(export.text()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/vc+ld+json");
        JsonNode clr = export.json();
        assertThat(clr.path("@context").toString()).contains("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json");
        assertThat(texts(clr.path("type"))).contains("VerifiableCredential", "ClrCredential");
        assertThat(clr.path("issuer").path("id").asString()).startsWith("http");
        assertThat(clr.path("validFrom").asString()).isNotEmpty();
        JsonNode subject = clr.path("credentialSubject");
        assertThat(texts(subject.path("type"))).containsExactly("ClrSubject");
        assertThat(subject.path("identifier").findValuesAsString("identityHash")).contains("alice@example.org");
        List<LerRecord> learning = myRecords().stream().filter(r -> r.kind() != RecordKind.EMPLOYMENT).toList();
        assertThat(subject.path("verifiableCredential").size()).isEqualTo(learning.size()).isPositive();
        for (JsonNode credential : subject.path("verifiableCredential")) {
            assertThat(texts(credential.path("type"))).contains("AchievementCredential");
            assertThat(credential.path("issuer").path("id").asString()).contains(":");
            assertThat(credential.path("credentialSubject").path("achievement").path("criteria").isObject()).isTrue();
        }
        // JSON-LD with the bundled contexts only, every term defined, as a verifier would read it
        JsonLdOptions options = new JsonLdOptions(new BundledContexts());
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        assertThat(JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(export.body()))).options(options).get())
                .isNotEmpty();

        MappingResult readBack = new Clr2Mapper().map(new SourceDocument(export.body(), "application/json", "my-clr.json"));
        assertThat(readBack.records()).extracting(LerRecord::title)
                .containsExactlyInAnyOrderElementsOf(learning.stream().map(LerRecord::title).toList());
    }

    @Test
    void aliceExportsAnLerRsResumeThatValidatesAndReadsBackAsHerJobsAndSkills() throws Exception {
        HubClient.Response export = hub().get("alice", "/api/v1/me/export?format=ler-rs");

        assertThat(export.status()).as(export.text()).isEqualTo(200);
        assertThat(lerRsSchema().validate(export.text(), InputFormat.JSON)).isEmpty();

        MappingResult readBack = new LerRsMapper().map(new SourceDocument(export.body(), "application/json",
                "my-ler-rs.json"));
        List<LerRecord> mine = myRecords();
        assertThat(readBack.records().stream().filter(r -> r.kind() == RecordKind.EMPLOYMENT).map(LerRecord::title))
                .containsExactlyInAnyOrderElementsOf(mine.stream().filter(r -> r.kind() == RecordKind.EMPLOYMENT)
                        .map(r -> r.employment().position() != null ? r.employment().position() : r.title()).toList());
        assertThat(readBack.records().stream().flatMap(r -> r.skills().stream()).map(s -> s.label().toLowerCase()))
                .containsAll(mine.stream().flatMap(r -> r.skills().stream()).map(s -> s.label().toLowerCase()).toList());
        assertThat(readBack.records().get(0).subject().emails()).contains("alice@example.org");
    }

    @Test
    void anUnknownExportFormatIsAClearBadRequest() {
        HubClient.Response export = hub().get("alice", "/api/v1/me/export?format=pdf");

        assertThat(export.status()).isEqualTo(400);
        assertThat(export.text()).contains("clr2", "ler-rs");
    }

    private List<LerRecord> myRecords() {
        HubClient.Response records = hub().get("alice", "/api/v1/me/records");
        assertThat(records.status()).isEqualTo(200);
        JsonNode list = records.json().isArray() ? records.json() : records.json().path("records");
        return JSON.readerForListOf(LerRecord.class).readValue(list);
    }

    /** The LER-RS schema from test resources; the sibling schemas it names, which are not bundled, as open schemas. */
    private static Schema lerRsSchema() {
        String text;
        try (InputStream in = ExportFormatsTest.class.getResourceAsStream("/ler-rs-schema/LER-RSType.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, builder -> builder
                .schemas(iri -> iri.startsWith(LER_RS_SCHEMA) ? text : "{}"));
        return registry.getSchema(SchemaLocation.of(LER_RS_SCHEMA));
    }

    private static List<String> texts(JsonNode array) {
        if (!array.isArray()) {
            return List.of(array.asString());
        }
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(value -> texts.add(value.asString()));
        return texts;
    }
}
