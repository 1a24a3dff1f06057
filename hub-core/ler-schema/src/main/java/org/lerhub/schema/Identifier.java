package org.lerhub.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An identifier of a person or organization as one system assigned it.
 *
 * @param type   what kind of identifier: {@code email}, {@code studentId}, {@code did}, {@code url},
 *               {@code OPEID}, {@code FICE}, {@code IPEDS}, {@code ATP}, {@code PSIS}, {@code sourcedId}…
 * @param value  the identifier; for a hashed one, {@code sha256$<hex>} as Open Badges writes it
 * @param system who assigned it (an organization id, name or URL), where the source says
 * @param hashed whether {@code value} is a salted hash rather than the plain value
 * @param salt   the salt of a hashed value
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Identifier(String type, String value, String system, boolean hashed, String salt) {

    public static Identifier of(String type, String value) {
        return new Identifier(type, value, null, false, null);
    }

    public static Identifier issuedBy(String type, String value, String system) {
        return new Identifier(type, value, system, false, null);
    }
}
