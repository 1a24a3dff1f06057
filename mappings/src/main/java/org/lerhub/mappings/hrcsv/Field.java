package org.lerhub.mappings.hrcsv;

import java.util.Arrays;
import java.util.Optional;

/** What a column of an HR export can hold, by the name a profile gives it under {@code columns} and {@code defaults}. */
enum Field {
    EMPLOYEE_ID("employeeId"),
    EMAIL("email"),
    GIVEN_NAME("givenName"),
    FAMILY_NAME("familyName"),
    /** The name in one piece, when the export has no name parts. */
    FULL_NAME("fullName"),
    EMPLOYER("employer"),
    POSITION("position"),
    START("start"),
    END("end"),
    CURRENT("current"),
    LOCATION("location"),
    /** Employee, contractor, intern…: the schema's {@code relationship}. */
    RELATIONSHIP("relationship"),
    EARNINGS_AMOUNT("earningsAmount"),
    EARNINGS_CURRENCY("earningsCurrency"),
    EARNINGS_BASIS("earningsBasis"),
    SKILLS("skills");

    private final String profileName;

    Field(String profileName) {
        this.profileName = profileName;
    }

    String profileName() {
        return profileName;
    }

    static Optional<Field> byProfileName(String name) {
        return Arrays.stream(values()).filter(field -> field.profileName.equals(name)).findFirst();
    }

    static String profileNames() {
        return String.join(", ", Arrays.stream(values()).map(Field::profileName).toList());
    }
}
