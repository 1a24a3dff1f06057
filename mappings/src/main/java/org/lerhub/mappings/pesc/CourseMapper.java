package org.lerhub.mappings.pesc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lerhub.schema.Course;
import org.lerhub.schema.Dates;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.Organization;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Relation;
import org.lerhub.schema.Result;

/** One PESC {@code Course} as a {@link RecordKind#COURSE} record. */
final class CourseMapper {

    private CourseMapper() {
    }

    /** @param parents the sourceRecordIds of the achievements the course counts towards */
    static LerRecord map(TranscriptContext context, Organization issuer, FieldReader course, Session session,
                         List<String> parents) {
        String subject = course.text("CourseSubjectAbbreviation");
        String number = course.text("CourseNumber");
        String code = Stream.of(subject, number).filter(Objects::nonNull).collect(Collectors.joining(" "));
        String creditLevel = course.text("CourseCreditLevel");
        String level = creditLevel != null ? creditLevel : course.text("CourseLevel");
        String transferSchool = course.nested("CourseOverrideSchool").map(s -> s.text("OrganizationName"))
                .orElse(session.school());
        Course details = new Course(code.isEmpty() ? null : code, subject, number, session.term(),
                course.decimal("CourseCreditValue"), course.decimal("CourseCreditEarned"),
                course.text("CourseCreditUnits"), course.text("CourseCreditBasis"), level,
                course.text("CourseCIPCode"), transferSchool);
        String title = course.text("CourseTitle");

        LerRecordBuilder record = context.record(RecordKind.COURSE, issuer, course.path())
                .title(title != null ? title : details.code())
                .course(details)
                .result(result(course))
                .dates(dates(course));
        parents.forEach(parent -> record.relation(new Relation("isChildOf", parent)));
        return record.extensions(course.leftovers()).extension("AcademicSession", session.fields()).build();
    }

    private static Result result(FieldReader course) {
        String grade = course.text("CourseAcademicGrade");
        String scale = course.text("CourseAcademicGradeScaleCode");
        BigDecimal qualityPoints = course.decimal("CourseQualityPointsEarned");
        String status = course.text("CourseAcademicGradeStatusCode");
        if (grade == null && scale == null && qualityPoints == null && status == null) {
            return null;
        }
        return new Result(grade, scale, null, null, null, qualityPoints, null, status);
    }

    private static Dates dates(FieldReader course) {
        return new Dates(null, null, null, course.date("CourseBeginDate", PescDates.Edge.START),
                course.date("CourseEndDate", PescDates.Edge.END));
    }
}
