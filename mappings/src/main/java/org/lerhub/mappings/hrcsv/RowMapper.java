package org.lerhub.mappings.hrcsv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lerhub.schema.Dates;
import org.lerhub.schema.Earnings;
import org.lerhub.schema.Employment;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.Organization;
import org.lerhub.schema.OrganizationType;
import org.lerhub.schema.PersonName;
import org.lerhub.schema.Provenance;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Skill;
import org.lerhub.schema.Subject;
import org.lerhub.schema.TrustLevel;

/**
 * One row of an HR export as one {@link RecordKind#EMPLOYMENT} record: a position one employee held with one
 * employer. A row that does not say who (no employee id, email or name) or what (neither position nor employer) gives
 * no record, with a warning. Use one instance per document.
 */
final class RowMapper {

    private final CsvProfile profile;
    private final List<String> warnings;
    /** One instance per employer name: a large export names the same few employers on every row. */
    private final Map<String, Organization> employers = new HashMap<>();

    RowMapper(CsvProfile profile, List<String> warnings) {
        this.profile = profile;
        this.warnings = warnings;
    }

    Optional<LerRecord> map(Row row) {
        String employeeId = row.text(Field.EMPLOYEE_ID);
        String email = row.text(Field.EMAIL);
        PersonName name = name(row);
        String position = row.text(Field.POSITION);
        String employerName = row.text(Field.EMPLOYER);
        if (employeeId == null && email == null && name == null) {
            warnings.add("row " + row.line() + " gives no record: it names no employee (no employee id, email or"
                    + " name)");
            return Optional.empty();
        }
        if (position == null && employerName == null) {
            warnings.add("row " + row.line() + " gives no record: it has neither position nor employer");
            return Optional.empty();
        }
        ValueFormats formats = profile.formats();
        String dates = "a date (" + formats.datePatterns() + ")";
        LocalDate start = row.parsed(Field.START, dates, formats::date).orElse(null);
        LocalDate end = row.parsed(Field.END, dates, formats::date).orElse(null);
        // an export leaves the end of the position held now empty, when it has no flag for it
        boolean current = row.parsed(Field.CURRENT, "a yes or no the profile knows", formats::current)
                .orElse(start != null && end == null);
        String flag = row.text(Field.CURRENT);
        if (flag != null && !formats.plainFlag(flag)) {
            row.keepAsWritten(Field.CURRENT);
        }
        Organization employer = employerName == null ? null
                : employers.computeIfAbsent(employerName, n -> Organization.named(n, OrganizationType.EMPLOYER));
        Employment employment = new Employment(employer, position, start, end, current, row.text(Field.LOCATION),
                row.text(Field.RELATIONSHIP), earnings(row).map(List::of).orElse(List.of()));
        Subject subject = new Subject(null, name, null, email == null ? List.of() : List.of(email),
                employeeId == null ? List.of() : List.of(Identifier.issuedBy("employeeId", employeeId, employerName)));
        return Optional.of(LerRecord.builder(RecordKind.EMPLOYMENT)
                .title(position)
                .subject(subject)
                .employment(employment)
                .dates(new Dates(null, null, null, start, end))
                .skills(skills(row))
                // an agency's own onboarded connector delivered the export; nothing in it is signed
                .provenance(Provenance.mapped(HrCsvMapper.FORMAT_ID, TrustLevel.TRANSPORT_AUTHENTICATED,
                        "row[" + row.line() + "]"))
                .extension("hr-csv:profile", profile.name())
                .extensions(row.rest())
                .build());
    }

    private static PersonName name(Row row) {
        String given = row.text(Field.GIVEN_NAME);
        String family = row.text(Field.FAMILY_NAME);
        String full = row.text(Field.FULL_NAME);
        return given == null && family == null && full == null ? null
                : new PersonName(given, List.of(), family, null, full);
    }

    /** The pay, when the row has an amount; its currency and basis are read only then, else they stay as written. */
    private Optional<Earnings> earnings(Row row) {
        ValueFormats formats = profile.formats();
        Optional<BigDecimal> amount = row.parsed(Field.EARNINGS_AMOUNT, "an amount", formats::amount);
        return amount.map(value -> {
            String basis = row.text(Field.EARNINGS_BASIS);
            return new Earnings(value, row.text(Field.EARNINGS_CURRENCY), basis == null ? null : formats.basis(basis),
                    null, null);
        });
    }

    private List<Skill> skills(Row row) {
        String skills = row.text(Field.SKILLS);
        return skills == null ? List.of() : profile.formats().list(skills).stream().map(Skill::labelled).toList();
    }
}
