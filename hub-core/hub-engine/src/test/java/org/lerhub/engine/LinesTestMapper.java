package org.lerhub.engine;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lerhub.mapping.MappingException;
import org.lerhub.mapping.MappingResult;
import org.lerhub.mapping.RecordMapper;
import org.lerhub.mapping.SourceDocument;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.PersonName;
import org.lerhub.schema.Provenance;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Skill;
import org.lerhub.schema.Subject;
import org.lerhub.schema.TrustLevel;

/**
 * A tiny format for engine tests, so they need no real mapper: {@code LINES} then one record per line as
 * {@code subject|KIND|title|skill}. The subject is parts joined by {@code +}: an email, {@code sha256$hex:salt},
 * {@code id=SYSTEM/TYPE/VALUE} or {@code name=Given Family/YYYY-MM-DD}. A line {@code FAIL} makes the mapping fail.
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
            Subject subject = subject(f[0]);
            records.add(LerRecord.builder(RecordKind.valueOf(f[1])).title(f[2]).subject(subject)
                    .skill(Skill.labelled(f[3]))
                    .provenance(Provenance.mapped(formatId(), TrustLevel.TRANSPORT_AUTHENTICATED, "line" + i))
                    .build());
        }
        return MappingResult.of(records);
    }

    private static Subject subject(String spec) {
        List<String> emails = new ArrayList<>();
        List<Identifier> identifiers = new ArrayList<>();
        PersonName name = null;
        LocalDate birthDate = null;
        for (String part : spec.split("\\+")) {
            if (part.startsWith("sha256$")) {
                int colon = part.indexOf(':');
                identifiers.add(new Identifier("emailAddress", part.substring(0, colon), null, true, part.substring(colon + 1)));
            } else if (part.startsWith("id=")) {
                String[] id = part.substring(3).split("/");
                identifiers.add(Identifier.issuedBy(id[1], id[2], id[0]));
            } else if (part.startsWith("name=")) {
                String[] person = part.substring(5).split("/");
                String[] names = person[0].split(" ");
                name = PersonName.of(names[0], names[1]);
                birthDate = LocalDate.parse(person[1]);
            } else {
                emails.add(part);
            }
        }
        return new Subject(null, name, birthDate, emails, identifiers);
    }
}
