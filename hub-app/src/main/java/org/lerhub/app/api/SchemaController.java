package org.lerhub.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.lerhub.schema.LerSchema;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Schema")
class SchemaController {

    private static final MediaType JSON_SCHEMA = MediaType.parseMediaType("application/schema+json");

    private final byte[] recordSchema;

    SchemaController() throws IOException {
        try (InputStream in = LerSchema.class.getClassLoader().getResourceAsStream(LerSchema.RECORD_JSON_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("the LER record JSON Schema is missing from the classpath");
            }
            recordSchema = in.readAllBytes();
        }
    }

    @GetMapping("/api/v1/schema/ler-record")
    @Operation(summary = "JSON Schema (draft 2020-12) of the shared LER record")
    ResponseEntity<byte[]> recordSchema() {
        return ResponseEntity.ok().contentType(JSON_SCHEMA).header("X-LER-Schema-Version", LerSchema.VERSION)
                .body(recordSchema);
    }
}
