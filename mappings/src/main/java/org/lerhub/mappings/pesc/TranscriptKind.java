package org.lerhub.mappings.pesc;

import java.util.Arrays;
import java.util.Optional;

/** The PESC transcript messages the hub reads: one structure, told apart by the root, read alike but for one rule. */
enum TranscriptKind {

    COLLEGE("CollegeTranscript", false, "Degree"),
    /**
     * A high school transcript is sent by a board or ministry for the schools it runs, and names the school that
     * taught a session (and granted its diploma) in the session's {@code School}: that school is the issuer, not a
     * school credit was transferred from.
     */
    HIGH_SCHOOL("HighSchoolTranscript", true, "Diploma");

    private final String rootName;
    private final boolean sessionSchoolIssues;
    private final String unknownAwardType;

    TranscriptKind(String rootName, boolean sessionSchoolIssues, String unknownAwardType) {
        this.rootName = rootName;
        this.sessionSchoolIssues = sessionSchoolIssues;
        this.unknownAwardType = unknownAwardType;
    }

    String rootName() {
        return rootName;
    }

    /**
     * Whether an {@code AcademicSession/School} issues the session's awards and courses; otherwise it is where the
     * session's credit was transferred from, when it is not the academic record's issuer.
     */
    boolean sessionSchoolIssues() {
        return sessionSchoolIssues;
    }

    /** The achievement type of an award whose level and title do not tell: what such a school mostly awards. */
    String unknownAwardType() {
        return unknownAwardType;
    }

    /** The kind whose root element has this local name. */
    static Optional<TranscriptKind> byRoot(String localName) {
        return Arrays.stream(values()).filter(kind -> kind.rootName.equals(localName)).findFirst();
    }
}
