package org.lerhub.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.lerhub.demo.Employers.Employer;
import org.lerhub.demo.Employers.Sector;
import org.lerhub.demo.Places.City;
import org.lerhub.demo.Places.College;
import org.lerhub.demo.Programs.BadgeTemplate;
import org.lerhub.demo.Programs.Course;
import org.lerhub.demo.Programs.Issuer;
import org.lerhub.demo.Programs.Program;

/**
 * Everything that happened to one demo learner, decided once by {@link StoryTeller} and then written in each
 * source format. Keeping the facts apart from the formats is what makes the transcript, the badges and the
 * résumé of one learner agree with each other.
 */
record LearnerStory(Persona persona, Enrollment enrollment, List<BadgeAward> badges, List<Job> jobs,
                    Resume resume) {

    /** Who the learner is and where they live ({@code street} in {@code home}); {@code slug} names their files. */
    record Persona(int index, String givenName, String familyName, String email, LocalDate birthDate,
                   College college, Program program, City home, String street) {

        String slug() {
            return email.substring(0, email.indexOf('@'));
        }

        DemoLearner toDemoLearner() {
            return new DemoLearner(index, givenName, familyName, email, birthDate, college.state().agencyId(),
                    college.name(), program.name());
        }
    }

    /**
     * The learner's time at college.
     *
     * @param awardDate  when the program was completed; null for a learner who has not (yet) completed it
     * @param transmitted when the college sent the transcript
     */
    record Enrollment(String studentId, String documentId, List<Session> sessions, LocalDate awardDate,
                      Instant transmitted) {

        boolean completed() {
            return awardDate != null;
        }

        List<Grade> grades() {
            return sessions.stream().flatMap(s -> s.grades().stream()).toList();
        }
    }

    record Session(Term term, List<Grade> grades) {
    }

    /**
     * A semester, numbered from Spring 2000 (0), Fall 2000 (1), Spring 2001 (2)… so that consecutive semesters
     * are consecutive numbers.
     */
    record Term(int index) {

        int year() {
            return 2000 + index / 2;
        }

        boolean spring() {
            return index % 2 == 0;
        }

        /** The PESC {@code SessionDesignator}: year and month the term starts. */
        String designator() {
            return year() + (spring() ? "-01" : "-08");
        }

        String name() {
            return (spring() ? "Spring " : "Fall ") + year();
        }

        LocalDate begin() {
            return spring() ? LocalDate.of(year(), 1, 13) : LocalDate.of(year(), 8, 26);
        }

        LocalDate end() {
            return spring() ? LocalDate.of(year(), 5, 9) : LocalDate.of(year(), 12, 13);
        }

        /** The first fall term that starts in the given year or later. */
        static Term firstFallFrom(int year) {
            return new Term(Math.max(1, 2 * (year - 2000) + 1));
        }
    }

    /** A course taken and its letter grade; {@code W} is a withdrawal, which earns and counts nothing. */
    record Grade(Course course, String letter) {

        boolean withdrawn() {
            return letter.equals("W");
        }

        BigDecimal attempted() {
            return BigDecimal.valueOf(course.credits());
        }

        BigDecimal earned() {
            return withdrawn() || letter.equals("F") ? BigDecimal.ZERO : attempted();
        }

        /** Credits that count toward the GPA. */
        BigDecimal gpaCredits() {
            return withdrawn() ? BigDecimal.ZERO : attempted();
        }

        BigDecimal qualityPoints() {
            int points = switch (letter) {
                case "A" -> 4;
                case "B" -> 3;
                case "C" -> 2;
                case "D" -> 1;
                default -> 0;
            };
            return BigDecimal.valueOf((long) points * course.credits());
        }
    }

    /**
     * One Open Badges credential.
     *
     * @param salt null when the learner's email is written in plain text, else the salt of its hash
     */
    record BadgeAward(UUID id, BadgeTemplate template, Issuer issuer, Instant validFrom, Instant validUntil,
                      String licenseNumber, String salt) {
    }

    /**
     * A stint with one employer, possibly in several positions, in the order they were held.
     *
     * @param sector the line of work: the program's, or service work unrelated to it
     */
    record Job(Employer employer, Sector sector, List<Position> positions) {
    }

    /** @param end null while the position is held */
    record Position(String title, LocalDate start, LocalDate end, String relationship, City city,
                    List<String> duties) {
    }

    /**
     * How the learner writes their résumé.
     *
     * @param monthPrecision dates written as {@code YYYY-MM}, as many résumés do
     */
    record Resume(UUID documentId, boolean monthPrecision, List<ClaimedSkill> skills) {
    }

    record ClaimedSkill(String name, int yearsOfExperience) {
    }
}
