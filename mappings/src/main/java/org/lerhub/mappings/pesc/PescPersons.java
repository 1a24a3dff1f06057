package org.lerhub.mappings.pesc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.PersonName;
import org.lerhub.schema.Subject;

/**
 * The learner from {@code Student/Person}: name, birth date, emails and the school's and agency's ids, which is
 * what identity resolution and display need. The SSN is never read; addresses, phones and demographics stay in
 * the original document only.
 */
final class PescPersons {

    private PescPersons() {
    }

    /** @param studentIdSystem who assigned the school's person id: the sending organization's id, if known */
    static Subject subject(FieldReader person, String studentIdSystem) {
        PersonName name = person.nested("Name").map(n -> new PersonName(n.text("FirstName"), n.texts("MiddleName"),
                n.text("LastName"), n.text("NameSuffix"), null)).orElse(null);
        LocalDate birthDate = person.nested("Birth").map(PescPersons::birthDate).orElse(null);
        List<String> emails = person.nestedAll("Contacts").stream()
                .flatMap(contacts -> contacts.nestedAll("Email").stream())
                .map(email -> email.text("EmailAddress")).filter(Objects::nonNull).toList();
        List<Identifier> identifiers = new ArrayList<>();
        person.texts("SchoolAssignedPersonID")
                .forEach(id -> identifiers.add(Identifier.issuedBy("studentId", id, studentIdSystem)));
        // older schemas put AgencyAssignedID directly under Person, newer ones inside AgencyIdentifier
        person.texts("AgencyAssignedID").forEach(id -> identifiers.add(Identifier.issuedBy("agencyId", id, null)));
        person.nestedAll("AgencyIdentifier").forEach(agency -> {
            String id = agency.text("AgencyAssignedID");
            if (id != null) {
                identifiers.add(Identifier.issuedBy("agencyId", id, agencySystem(agency)));
            }
        });
        return new Subject(null, name, birthDate, emails, identifiers);
    }

    private static LocalDate birthDate(FieldReader birth) {
        // the Nova Scotia sample spells it Birthdate
        String field = birth.peek("BirthDate") == null && birth.peek("Birthdate") != null ? "Birthdate" : "BirthDate";
        return birth.date(field, PescDates.Edge.START);
    }

    /** e.g. {@code urn:pesc:agency:State:ON} for an Ontario Education Number. */
    private static String agencySystem(FieldReader agency) {
        String region = agency.text("StateProvinceCode");
        String parts = Stream.of(agency.text("AgencyCode"), region != null ? region : agency.text("CountryCode"))
                .filter(Objects::nonNull).collect(Collectors.joining(":"));
        return parts.isEmpty() ? null : "urn:pesc:agency:" + parts;
    }
}
