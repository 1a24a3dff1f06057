package org.lerhub.schema;

/** Version of the shared schema that every stored record carries. */
public final class LerSchema {

    public static final String VERSION = "1.0";

    /** Classpath location of the JSON Schema (draft 2020-12) for {@link LerRecord}. */
    public static final String RECORD_JSON_SCHEMA = "ler-schema/v1/ler-record.schema.json";

    private LerSchema() {
    }
}
