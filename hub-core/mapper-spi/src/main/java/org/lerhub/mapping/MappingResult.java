package org.lerhub.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lerhub.schema.LerRecord;

/**
 * What a mapper made of a document.
 *
 * @param warnings things a person should know that did not stop the mapping (unknown version, XSD facet
 *                 violations, fields kept only as extensions)
 * @param proofs   the document's own signed parts, for the verifier; empty when the format has no proofs
 */
public record MappingResult(List<LerRecord> records, List<String> warnings, List<SignedPart> proofs) {

    public MappingResult {
        records = List.copyOf(records);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        proofs = proofs == null ? List.of() : List.copyOf(proofs);
    }

    public static MappingResult of(List<LerRecord> records) {
        return new MappingResult(records, List.of(), List.of());
    }

    /** A mapping that hands its result over in parts. */
    @FunctionalInterface
    public interface InParts {
        void map(Consumer<MappingResult> parts) throws MappingException;
    }

    /** The whole result of a mapping that hands it over in parts: what such a mapper's plain {@code map} returns. */
    public static MappingResult collected(InParts mapping) throws MappingException {
        List<MappingResult> parts = new ArrayList<>();
        mapping.map(parts::add);
        return joined(parts);
    }

    /** The parts a mapper handed over one by one ({@link RecordMapper#map(SourceDocument, MappingContext, Consumer)}), as one result. */
    public static MappingResult joined(List<MappingResult> parts) {
        List<LerRecord> records = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<SignedPart> proofs = new ArrayList<>();
        for (MappingResult part : parts) {
            records.addAll(part.records());
            warnings.addAll(part.warnings());
            proofs.addAll(part.proofs());
        }
        return new MappingResult(records, warnings, proofs);
    }
}
