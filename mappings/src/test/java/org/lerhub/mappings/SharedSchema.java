package org.lerhub.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.LerSchema;
import org.lerhub.schema.RecordId;
import org.lerhub.schema.Verification;
import org.lerhub.schema.VerificationStatus;

/** The shared schema's JSON Schema, for tests that check what a mapper gives is a valid record once stored. */
public final class SharedSchema {

    private static final Schema SCHEMA = load();

    private SharedSchema() {
    }

    /** Asserts that each record validates once the pipeline has added what it adds (an id and a verification). */
    public static void assertValidOnceStored(List<LerRecord> records) {
        for (LerRecord record : records) {
            Verification unsigned = new Verification(VerificationStatus.NO_PROOF, false, List.of(), Instant.now());
            LerRecord stored = record.toBuilder().id(RecordId.random()).verification(unsigned).build();
            assertThat(SCHEMA.validate(GoldenFiles.JSON.valueToTree(stored)))
                    .as("%s", record.provenance().sourceRecordId()).isEmpty();
        }
    }

    private static Schema load() {
        try (InputStream in = LerSchema.class.getClassLoader().getResourceAsStream(LerSchema.RECORD_JSON_SCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
