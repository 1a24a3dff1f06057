package org.lerhub.mappings.pesc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lerhub.schema.Dates;
import org.lerhub.schema.LerRecord;
import org.lerhub.schema.LerRecordBuilder;
import org.lerhub.schema.Organization;
import org.lerhub.schema.RecordKind;
import org.lerhub.schema.Result;

/**
 * The {@link RecordKind#ACHIEVEMENT} records of an academic record: one per {@code AcademicAward}, or, when there
 * is none, one for the academic record itself so that its GPA is not lost.
 */
final class AchievementMapper {

    /** The achievement type of an academic record that has a GPA but no award. */
    private static final String TRANSCRIPT = "Transcript";

    private AchievementMapper() {
    }

    /**
     * An award, ready to build: the caller may add what it knows of the award's place in the transcript.
     *
     * @param record the academic record's fields, for the GPA when the award has none of its own and for the
     *               extensions; the award's issuer may have been read from it
     */
    static LerRecordBuilder award(TranscriptContext context, Organization issuer, FieldReader award,
                                  FieldReader record) {
        List<FieldReader> programs = award.nestedAll("AcademicAwardProgram");
        String title = Stream.concat(Stream.of(award.text("AcademicAwardTitle")),
                        programs.stream().map(program -> program.peek("AcademicProgramName")))
                .filter(Objects::nonNull).findFirst().orElse("Academic award");
        String description = programs.stream().map(AchievementMapper::describe).filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
        Boolean completed = award.bool("AcademicCompletionIndicator");
        String status = completed == null ? null : completed ? "Awarded" : "NotCompleted";
        Result result = gpa(award).or(() -> programGpa(programs)).or(() -> gpa(record)).map(gpa -> result(gpa, status))
                .orElse(status == null ? null : new Result(null, null, null, null, null, null, null, status));

        return context.record(RecordKind.ACHIEVEMENT, issuer, award.path())
                .achievementType(AwardLevels.achievementType(award.peek("AcademicAwardLevel"), title,
                        context.kind().unknownAwardType()))
                .title(title)
                .description(description.isEmpty() ? null : description)
                .dates(new Dates(award.date("AcademicAwardDate", PescDates.Edge.START), null, null, null,
                        award.date("AcademicCompletionDate", PescDates.Edge.END)))
                .result(result)
                .extensions(award.leftovers())
                .extension("AcademicRecord", record.leftovers());
    }

    /** The academic record itself, when it has a GPA; its date is the transcript's. */
    static Optional<LerRecord> transcript(TranscriptContext context, Organization issuer, FieldReader record) {
        return gpa(record).map(gpa -> context.record(RecordKind.ACHIEVEMENT, issuer, record.path())
                .achievementType(TRANSCRIPT)
                .title(issuer == null || issuer.name() == null ? "Academic record"
                        : "Academic record — " + issuer.name())
                .dates(Dates.issuedOn(context.createdOn()))
                .result(result(gpa, null))
                .extensions(record.leftovers())
                .build());
    }

    /** The GPA of the first {@code AcademicSummary} that has one. */
    private static Optional<FieldReader> gpa(FieldReader owner) {
        return owner.nestedAll("AcademicSummary").stream().map(summary -> summary.nested("GPA"))
                .flatMap(Optional::stream).findFirst();
    }

    /** The GPA of the first program whose {@code ProgramSummary} has one (the Ontario diploma's credits). */
    private static Optional<FieldReader> programGpa(List<FieldReader> programs) {
        return programs.stream().map(program -> program.nested("ProgramSummary").flatMap(s -> s.nested("GPA")))
                .flatMap(Optional::stream).findFirst();
    }

    private static Result result(FieldReader gpa, String status) {
        return new Result(null, null, gpa.decimal("GradePointAverage"), gpa.decimal("CreditHoursAttempted"),
                gpa.decimal("CreditHoursEarned"), gpa.decimal("TotalQualityPoints"), null, status);
    }

    /** e.g. "Computer and Information Sciences, General (CIP 11.0101)". */
    private static String describe(FieldReader program) {
        String name = program.text("AcademicProgramName");
        String cip = program.text("ProgramCIPCode");
        if (name == null) {
            return cip == null ? null : "CIP " + cip;
        }
        return cip == null ? name : name + " (CIP " + cip + ")";
    }
}
