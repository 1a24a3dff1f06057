/**
 * The shared LER schema: what the hub says about a learner's learning and work, whatever format it came in.
 *
 * <p>Plain Java records with no framework. Names follow CLR 2.0, Open Badges 3.0 and HR Open LER-RS where
 * they overlap. Every record keeps who asserted it ({@link Provenance}) and how it was checked
 * ({@link Verification}); source fields with no slot of their own go to {@code extensions}, so nothing is
 * silently dropped. The JSON Schema is {@code ler-schema/v1/ler-record.schema.json} on the classpath.
 */
package org.lerhub.schema;
