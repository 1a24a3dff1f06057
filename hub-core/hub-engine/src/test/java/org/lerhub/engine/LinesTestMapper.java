package org.lerhub.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Provenance;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Skill;
import org.lerhub.schema.Subject;
import org.lerhub.schema.TrustLevel;

/**
 * A tiny format for engine tests, so they need no real mapper: {@code LINES} then one record per line as
 * {@code subject|KIND|title|skill}, where subject is an email or {@code sha256$hex:salt}. A line {@code FAIL}
 * makes the mapping fail.
 */
public class LinesTestMapper implements RecordMapper {

    @Override
    public String formatId() {
        return "test-lines";
    }

    @Override
    public boolean recognizes(SourceDocument document) {
        return document.head().startsWith("LINES\n");
    }

    @Override
    public MappingResult map(SourceDocument document) throws MappingException {
        List<LerRecord> records = new ArrayList<>();
        String[] lines = new String(document.content(), StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals("FAIL")) {
                throw new MappingException("line " + (i + 1) + " says FAIL");
            }
            String[] f = lines[i].split("\\|");
            Subject subject = f[0].startsWith("sha256$")
                    ? new Subject(null, null, null, List.of(), List.of(new Identifier("emailAddress",
                            f[0].substring(0, f[0].indexOf(':')), null, true, f[0].substring(f[0].indexOf(':') + 1))))
                    : new Subject(null, null, null, List.of(f[0]), List.of());
            records.add(LerRecord.builder(RecordKind.valueOf(f[1])).title(f[2]).subject(subject)
                    .skill(Skill.labelled(f[3]))
                    .provenance(Provenance.mapped(formatId(), TrustLevel.TRANSPORT_AUTHENTICATED, "line" + i))
                    .build());
        }
        return MappingResult.of(records);
    }
}
