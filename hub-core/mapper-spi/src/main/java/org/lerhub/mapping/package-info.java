/**
 * The contract between the engine and the mappers: a {@link org.lerhub.mapping.RecordMapper} turns the bytes of
 * one {@link org.lerhub.mapping.SourceDocument} into shared-schema records. Mappers are found with
 * {@link java.util.ServiceLoader}, so a new format is a new mapper plus one line in
 * {@code META-INF/services/org.lerhub.mapping.RecordMapper}; the engine never names a format.
 */
package org.lerhub.mapping;
