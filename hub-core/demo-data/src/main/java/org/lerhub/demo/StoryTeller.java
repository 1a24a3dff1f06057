package org.lerhub.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lerhub.demo.Employers.Employer;
import org.lerhub.demo.Employers.Sector;
import org.lerhub.demo.LearnerStory.BadgeAward;
import org.lerhub.demo.LearnerStory.ClaimedSkill;
import org.lerhub.demo.LearnerStory.Enrollment;
import org.lerhub.demo.LearnerStory.Grade;
import org.lerhub.demo.LearnerStory.Job;
import org.lerhub.demo.LearnerStory.Persona;
import org.lerhub.demo.LearnerStory.Position;
import org.lerhub.demo.LearnerStory.Resume;
import org.lerhub.demo.LearnerStory.Session;
import org.lerhub.demo.LearnerStory.Term;
import org.lerhub.demo.Places.City;
import org.lerhub.demo.Programs.BadgeTemplate;
import org.lerhub.demo.Programs.Course;
import org.lerhub.demo.Programs.Issuer;
import org.lerhub.demo.Programs.Program;

/**
 * Decides what happened to a learner: which semesters they took and how they did, which badges they earned,
 * where they worked and what they claim on their résumé. Every date lies on or before {@link #AS_OF}.
 */
final class StoryTeller {

    /**
     * The day the demo world stands still. A fixed day rather than today keeps the output byte-identical from one
     * run to the next; credentials with a validity period may therefore show as expired when the hub checks them
     * later, as real ones do.
     */
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    /** Spring 2025, the last semester over by {@link #AS_OF}. */
    private static final Term LAST_TERM = new Term(50);
    /** Spring 2018: learners finished their last semester no earlier, when digital badges were in use. */
    private static final Term EARLIEST_FINAL_TERM = new Term(36);
    private static final int COMPLETION_PERCENT = 85;

    private final Dice dice;
    private final Persona persona;
    private final Program program;

    private StoryTeller(Persona persona, Dice dice) {
        this.persona = persona;
        this.program = persona.program();
        this.dice = dice;
    }

    /**
     * @param mustComplete whether the learner completes their program, as the fixed demo learners do; others
     *                     complete it most of the time
     */
    static LearnerStory tell(Persona persona, Dice dice, boolean mustComplete) {
        StoryTeller teller = new StoryTeller(persona, dice);
        Enrollment enrollment = teller.enrollment(mustComplete || dice.chance(COMPLETION_PERCENT));
        List<BadgeAward> badges = teller.badges(enrollment);
        List<Job> jobs = teller.jobs(enrollment);
        return new LearnerStory(persona, enrollment, badges, jobs, teller.resume(jobs));
    }

    private Enrollment enrollment(boolean completes) {
        List<Course> courses = program.courses();
        int perTerm = dice.between(3, 4);
        int terms = (courses.size() + perTerm - 1) / perTerm;
        int taken = completes ? terms : dice.between(1, terms - 1);
        int firstPossible = Term.firstFallFrom(persona.birthDate().getYear() + 18).index();
        int earliestLast = Math.min(Math.max(firstPossible + taken - 1, EARLIEST_FINAL_TERM.index()),
                LAST_TERM.index());
        int last = dice.between(earliestLast, LAST_TERM.index());
        // most learners do well: sqrt skews the ability between 2.0 and 4.0 upwards
        double ability = 2.0 + 2.0 * Math.sqrt(dice.unit());

        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < taken; i++) {
            List<Grade> grades = new ArrayList<>();
            for (Course course : courses.subList(i * perTerm, Math.min(courses.size(), (i + 1) * perTerm))) {
                grades.add(new Grade(course, letter(ability)));
            }
            sessions.add(new Session(new Term(last - taken + 1 + i), grades));
        }
        LocalDate lastDay = sessions.get(taken - 1).term().end();
        LocalDate awardDate = completes ? lastDay.plusDays(2) : null;
        LocalDate sent = earliest(lastDay.plusDays(dice.between(10, 60)), AS_OF);
        String studentId = "A" + String.format("%08d", dice.below(100_000_000));
        String documentId = persona.college().fice() + "-" + sent.getYear() + "-" + dice.between(100_000, 999_999);
        return new Enrollment(studentId, documentId, sessions, awardDate, dice.timeOn(sent, 9, 17));
    }

    private String letter(double ability) {
        if (dice.chance(2)) {
            return "W";
        }
        double score = ability + 0.6 * dice.gaussian();
        return score >= 3.5 ? "A" : score >= 2.5 ? "B" : score >= 1.5 ? "C" : score >= 0.7 ? "D" : "F";
    }

    private List<BadgeAward> badges(Enrollment enrollment) {
        List<BadgeTemplate> eligible = program.badges().stream()
                .filter(badge -> enrollment.completed() || !badge.afterAward())
                .toList();
        List<BadgeAward> awards = new ArrayList<>();
        for (BadgeTemplate template : dice.sample(eligible, dice.between(1, Math.min(3, eligible.size())))) {
            LocalDate day = template.afterAward()
                    ? enrollment.awardDate().plusDays(dice.between(30, 365))
                    : dice.pick(enrollment.sessions()).term().end().plusDays(dice.between(3, 20));
            Instant validFrom = dice.timeOn(earliest(day, AS_OF.minusDays(1)), 13, 22);
            Instant validUntil = template.validYears() == 0 ? null
                    : validFrom.atOffset(ZoneOffset.UTC).plusYears(template.validYears()).toInstant();
            // the catalog's only license is the nursing one
            String licenseNumber = template.achievementType().equals("License")
                    ? "RN" + dice.between(1_000_000, 9_999_999) : null;
            // one badge in three names its learner by a salted hash of the email, as Open Badges allows
            String salt = dice.below(3) == 0 ? dice.hex(8) : null;
            awards.add(new BadgeAward(dice.uuid(), template, issuer(template), validFrom, validUntil, licenseNumber,
                    salt));
        }
        awards.sort(Comparator.comparing(BadgeAward::validFrom));
        return awards;
    }

    private Issuer issuer(BadgeTemplate template) {
        return switch (template.issuedBy()) {
            case COLLEGE -> new Issuer(persona.college().name(), persona.college().host());
            case NURSING_BOARD -> new Issuer(persona.college().state().nursingBoard(),
                    "nursing." + persona.college().state().agencyId() + ".example.gov");
            case PARTNER -> template.partner();
        };
    }

    /**
     * Jobs in the order they were held: service jobs between school and a late start at college, perhaps a job
     * in the field while studying, then a career in the field after the award. Everyone works somewhere: a learner
     * who has not completed the program keeps a current job.
     */
    private List<Job> jobs(Enrollment enrollment) {
        List<Job> jobs = new ArrayList<>();
        LocalDate collegeStart = enrollment.sessions().get(0).term().begin();
        LocalDate collegeEnd = enrollment.sessions().get(enrollment.sessions().size() - 1).term().end();
        boolean workingOn = !enrollment.completed() && dice.chance(60);
        jobs.addAll(jobsBefore(collegeStart, workingOn));
        boolean hasCurrentJob = workingOn && !jobs.isEmpty();
        if (!enrollment.completed() && !hasCurrentJob) {
            jobs.add(studentJob(enrollment, null));
        } else if (enrollment.completed() && dice.chance(35)) {
            jobs.add(studentJob(enrollment, collegeEnd));
        }
        if (enrollment.completed()) {
            jobs.addAll(career(enrollment.awardDate()));
        }
        return jobs;
    }

    /** One or two service jobs between the 18th birthday and college, when there was a year or more between. */
    private List<Job> jobsBefore(LocalDate collegeStart, boolean lastContinues) {
        LocalDate start = persona.birthDate().plusYears(18).plusMonths(dice.between(0, 6));
        LocalDate end = collegeStart.minusDays(dice.between(5, 90));
        long months = ChronoUnit.MONTHS.between(start, end);
        if (months < 12) {
            return List.of();
        }
        List<Employers.ServiceWork> work = dice.sample(Employers.SERVICE_WORK, months > 72 && dice.chance(50) ? 2 : 1);
        List<Job> jobs = new ArrayList<>();
        if (work.size() == 2) {
            LocalDate change = start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
            jobs.add(serviceJob(work.get(0), start, change));
            start = change.plusDays(dice.between(7, 60));
        }
        jobs.add(serviceJob(work.get(work.size() - 1), start, lastContinues ? null : end));
        return jobs;
    }

    /** A job in the field that starts with one of the last two semesters taken. */
    private Job studentJob(Enrollment enrollment, LocalDate end) {
        List<Session> sessions = enrollment.sessions();
        LocalDate start = sessions.get(Math.max(0, sessions.size() - dice.between(1, 2))).term().begin()
                .plusDays(dice.between(0, 30));
        Employer employer = dice.pick(Employers.hiring(program.sector(), persona.college().state()));
        Position position = position(dice.pick(program.studentJobs()), start, end, program.duties());
        return new Job(employer, program.sector(), List.of(position));
    }

    /**
     * The first job after the award, then perhaps a promotion with the same employer or a move to another one;
     * the last position is usually still held.
     */
    private List<Job> career(LocalDate awardDate) {
        LocalDate start = earliest(awardDate.plusDays(dice.between(14, 150)), AS_OF.minusDays(1));
        Employer employer = dice.pick(Employers.hiring(program.sector(), persona.college().state()));
        Position first = position(dice.pick(program.graduateJobs()), start, null, program.duties());
        LocalDate next = start.plusMonths(dice.between(12, 48));
        int path = dice.below(100);
        if (path >= 65 || next.isAfter(AS_OF.minusMonths(1))) {
            return List.of(new Job(employer, program.sector(), List.of(ended(first, lastEnd(start)))));
        }
        Position senior = position(dice.pick(program.seniorJobs()), next, lastEnd(next), program.duties());
        if (path < 30) {
            return List.of(new Job(employer, program.sector(), List.of(ended(first, next.minusDays(1)), senior)));
        }
        List<Employer> others = Employers.hiring(program.sector(), persona.college().state()).stream()
                .filter(other -> !other.equals(employer))
                .toList();
        return List.of(
                new Job(employer, program.sector(), List.of(ended(first, next.minusDays(dice.between(7, 40))))),
                new Job(dice.pick(others), program.sector(), List.of(senior)));
    }

    /** When the last position ends: usually it does not (null), else six months or more after it started. */
    private LocalDate lastEnd(LocalDate start) {
        long months = ChronoUnit.MONTHS.between(start, AS_OF);
        if (months < 7 || dice.chance(75)) {
            return null;
        }
        return start.plusMonths(dice.between(6, (int) months - 1));
    }

    private Job serviceJob(Employers.ServiceWork work, LocalDate start, LocalDate end) {
        return new Job(work.employer(), Sector.SERVICE,
                List.of(position(dice.pick(work.titles()), start, end, work.duties())));
    }

    private Position position(String title, LocalDate start, LocalDate end, List<String> duties) {
        City city = dice.chance(60) ? persona.home() : dice.pick(persona.college().state().cities());
        String relationship = title.contains("Intern") ? "Intern" : "Employee";
        return new Position(title, start, end, relationship, city, dice.sample(duties, dice.between(1, 2)));
    }

    private static Position ended(Position position, LocalDate end) {
        return new Position(position.title(), position.start(), end, position.relationship(), position.city(),
                position.duties());
    }

    /** Three to five of the program's skills, with the years worked in the field (at least one: college). */
    private Resume resume(List<Job> jobs) {
        long monthsInField = jobs.stream()
                .filter(job -> job.sector() == program.sector())
                .flatMap(job -> job.positions().stream())
                .mapToLong(p -> ChronoUnit.MONTHS.between(p.start(), p.end() == null ? AS_OF : p.end()))
                .sum();
        int years = (int) Math.max(1, Math.round(monthsInField / 12.0));
        List<ClaimedSkill> skills = dice.sample(program.skills(), dice.between(3, 5)).stream()
                .map(skill -> new ClaimedSkill(skill, years))
                .toList();
        return new Resume(dice.uuid(), dice.chance(20), skills);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
