package org.lerhub.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.lerhub.demo.LearnerStory.Enrollment;
import org.lerhub.demo.LearnerStory.Grade;
import org.lerhub.demo.LearnerStory.Persona;
import org.lerhub.demo.LearnerStory.Session;
import org.lerhub.demo.Places.College;
import org.lerhub.demo.Programs.Program;

/**
 * A learner's enrollment as a PESC College Transcript v1.6.0. Element order follows the XSDs
 * (CollegeTranscript 1.6.0, AcademicRecord 1.9.0, CoreMain 1.14.0), which the tests validate against; as in the
 * XSDs, only the root element is namespaced.
 */
final class PescTranscriptWriter {

    static final String NAMESPACE = "urn:org:pesc:message:CollegeTranscript:v1.6.0";
    private static final String ROOT = "ColTrn:CollegeTranscript";
    private static final String CREDIT_UNIT = "Semester";
    /** Honors for a cumulative GPA of 3.5 or more, as many colleges print them on the award. */
    private static final BigDecimal HONORS_GPA = new BigDecimal("3.50");

    private PescTranscriptWriter() {
    }

    static byte[] write(LearnerStory story) {
        Persona persona = story.persona();
        Enrollment enrollment = story.enrollment();
        College college = persona.college();
        XmlText xml = new XmlText().open(ROOT,
                "xmlns:ColTrn", NAMESPACE,
                "xmlns:AcRec", "urn:org:pesc:sector:AcademicRecord:v1.9.0",
                "xmlns:core", "urn:org:pesc:core:CoreMain:v1.14.0");
        xml.open("TransmissionData")
                .element("DocumentID", enrollment.documentId())
                .element("CreatedDateTime", enrollment.transmitted())
                .element("DocumentTypeCode", "StudentRequest")
                .element("TransmissionType", "Original")
                .open("Source").open("Organization")
                .element("FICE", college.fice())
                .element("OrganizationName", college.name())
                .close("Organization").close("Source")
                .open("Destination").open("Organization")
                .element("MutuallyDefined", college.state().agencyId())
                .element("OrganizationName", college.state().agencyName())
                .close("Organization").close("Destination")
                .close("TransmissionData");
        xml.open("Student");
        person(xml, persona, enrollment.studentId());
        xml.open("AcademicRecord")
                .open("School")
                .element("OrganizationName", college.name())
                .element("FICE", college.fice())
                .close("School");
        Gpa cumulative = Gpa.of(enrollment.grades());
        if (enrollment.completed()) {
            award(xml, story, cumulative);
        }
        xml.open("AcademicSummary")
                .element("AcademicSummaryType", "SenderOnly")
                .element("AcademicSummaryLevel", "Undergraduate");
        cumulative.write(xml);
        if (!enrollment.completed()) {
            // without an award, the summary is where the program studied is stated
            program(xml, "AcademicProgram", persona.program());
        }
        xml.close("AcademicSummary");
        for (Session session : enrollment.sessions()) {
            session(xml, session);
        }
        return xml.close("AcademicRecord").close("Student").close(ROOT).bytes();
    }

    private static void person(XmlText xml, Persona persona, String studentId) {
        xml.open("Person")
                .element("SchoolAssignedPersonID", studentId)
                .open("Birth").element("BirthDate", persona.birthDate()).close("Birth")
                .open("Name")
                .element("FirstName", persona.givenName())
                .element("LastName", persona.familyName())
                .close("Name")
                .open("Contacts")
                .open("Address")
                .element("AddressLine", persona.street())
                .element("City", persona.home().name())
                .element("StateProvinceCode", persona.home().stateCode())
                .element("PostalCode", persona.home().postalCode())
                .close("Address")
                .open("Email").element("EmailAddress", persona.email()).close("Email")
                .close("Contacts")
                .close("Person");
    }

    private static void award(XmlText xml, LearnerStory story, Gpa cumulative) {
        Program program = story.persona().program();
        List<Session> sessions = story.enrollment().sessions();
        xml.open("AcademicAward")
                .element("AcademicAwardLevel", program.awardLevel())
                .element("AcademicAwardDate", story.enrollment().awardDate())
                .element("AcademicAwardTitle", program.awardTitle());
        if (cumulative.average() != null && cumulative.average().compareTo(HONORS_GPA) >= 0) {
            xml.open("AcademicHonors").element("HonorsTitle", "With Honors").close("AcademicHonors");
        }
        xml.element("AcademicCompletionIndicator", true)
                .element("AcademicCompletionDate", sessions.get(sessions.size() - 1).term().end());
        program(xml, "AcademicAwardProgram", program);
        xml.close("AcademicAward");
    }

    private static void program(XmlText xml, String element, Program program) {
        xml.open(element)
                .element("ProgramCIPCode", program.cipCode())
                .element("AcademicProgramType", "Major")
                .element("AcademicProgramName", program.name())
                .close(element);
    }

    private static void session(XmlText xml, Session session) {
        xml.open("AcademicSession")
                .open("AcademicSessionDetail")
                .element("SessionDesignator", session.term().designator())
                .element("SessionName", session.term().name())
                .element("SessionType", "Semester")
                .element("SessionBeginDate", session.term().begin())
                .element("SessionEndDate", session.term().end())
                .close("AcademicSessionDetail");
        for (Grade grade : session.grades()) {
            course(xml, grade);
        }
        xml.open("AcademicSummary").element("AcademicSummaryType", "SenderOnly");
        Gpa.of(session.grades()).write(xml);
        xml.close("AcademicSummary").close("AcademicSession");
    }

    private static void course(XmlText xml, Grade grade) {
        xml.open("Course")
                .element("CourseCreditBasis", "Regular")
                .element("CourseCreditUnits", CREDIT_UNIT)
                .element("CourseCreditValue", grade.attempted())
                .element("CourseCreditEarned", grade.earned())
                .element("CourseAcademicGrade", grade.letter())
                .element("CourseQualityPointsEarned", grade.withdrawn() ? null : grade.qualityPoints())
                .element("CourseSubjectAbbreviation", grade.course().subject())
                .element("CourseNumber", grade.course().number())
                .element("CourseTitle", grade.course().title())
                .close("Course");
    }

    /** Credit and grade point totals over some grades: one term's, or all of them. */
    private record Gpa(BigDecimal attempted, BigDecimal earned, BigDecimal qualityPoints, BigDecimal gpaCredits) {

        static Gpa of(List<Grade> grades) {
            BigDecimal attempted = BigDecimal.ZERO;
            BigDecimal earned = BigDecimal.ZERO;
            BigDecimal points = BigDecimal.ZERO;
            BigDecimal gpaCredits = BigDecimal.ZERO;
            for (Grade grade : grades) {
                attempted = attempted.add(grade.attempted());
                earned = earned.add(grade.earned());
                points = points.add(grade.qualityPoints());
                gpaCredits = gpaCredits.add(grade.gpaCredits());
            }
            return new Gpa(attempted, earned, points, gpaCredits);
        }

        /** Null when nothing counted toward a GPA (every course withdrawn). */
        BigDecimal average() {
            return gpaCredits.signum() == 0 ? null : qualityPoints.divide(gpaCredits, 2, RoundingMode.HALF_UP);
        }

        void write(XmlText xml) {
            xml.open("GPA")
                    .element("CreditHoursAttempted", attempted)
                    .element("CreditHoursEarned", earned)
                    .element("CreditUnit", CREDIT_UNIT)
                    .element("GradePointAverage", average())
                    .element("TotalQualityPoints", qualityPoints)
                    .element("CreditHoursforGPA", gpaCredits)
                    .close("GPA");
        }
    }
}
