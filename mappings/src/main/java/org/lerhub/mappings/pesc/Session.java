package org.lerhub.mappings.pesc;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.lerhub.mappings.xml.XmlElement;
import org.lerhub.schema.Term;

/**
 * What an {@code AcademicSession} tells each of its courses.
 *
 * @param term     from {@code AcademicSessionDetail}
 * @param school   the session's {@code School} when it is not the issuer: the session was taken elsewhere
 *                 (transfer or equivalence credit)
 * @param fields   the session's other fields (program, per-session summary, level, notes…), for the courses'
 *                 extensions
 * @param programs the session's program names, lower case, to find the award the courses count towards
 */
record Session(Term term, String school, Map<String, Object> fields, Set<String> programs) {

    /** For courses directly under the academic record. */
    static final Session NONE = new Session(null, null, Map.of(), Set.of());

    static Session of(FieldReader session, String issuerName) {
        Term term = session.nested("AcademicSessionDetail").map(detail -> new Term(detail.text("SessionDesignator"),
                detail.text("SessionName"), detail.text("SessionType"),
                detail.date("SessionBeginDate", PescDates.Edge.START),
                detail.date("SessionEndDate", PescDates.Edge.END))).orElse(null);
        String school = session.nested("School").map(s -> s.text("OrganizationName"))
                .filter(name -> !name.equals(issuerName)).orElse(null);
        session.mapped("Course", "AcademicAward");
        return new Session(term, school, session.leftovers(), programNames(session.element(), "AcademicProgram"));
    }

    /** The lower-case {@code AcademicProgramName}s of the named program elements. */
    static Set<String> programNames(XmlElement parent, String programElement) {
        return parent.children(programElement).stream().map(p -> p.childText("AcademicProgramName"))
                .filter(Objects::nonNull).map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
