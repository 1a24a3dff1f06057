package org.lerhub.demo;

import java.time.LocalDate;
import java.util.List;
import org.lerhub.demo.LearnerStory.Persona;
import org.lerhub.demo.Places.College;

/** Who the demo learners are: first the fixed ones of API.md, then made-up people. */
final class Personas {

    /**
     * A fixed learner whose story is told from its own seed, so it reads the same whatever the generator's seed.
     * The seeds were picked for stories that show the demo well: a completed program, several badges of which one
     * names the learner by a hashed email, a career in the field and a current employer other than Acme or Globex,
     * the demo employers who look for candidates.
     */
    record Named(Persona persona, long storySeed) {
    }

    static final List<Named> NAMED = List.of(
            named(0, "Alice", "Thompson", "alice@example.org", LocalDate.of(1996, 4, 12),
                    Places.college("Nashville State Community College"), Programs.INFORMATION_TECHNOLOGY,
                    "418 Belmont Boulevard", 25L),
            named(1, "Bob", "Miller", "bob@example.org", LocalDate.of(1988, 9, 3),
                    Places.college("Ivy Tech Community College"), Programs.ADVANCED_MANUFACTURING,
                    "2716 Shelby Street", 35L));

    private static final List<String> STREETS = List.of("Oak Street", "Maple Avenue", "Church Street",
            "Main Street", "Cedar Lane", "Elm Street", "Park Avenue", "Washington Street", "Lake Drive",
            "Hillcrest Road", "Jefferson Street", "Walnut Street", "Meadow Lane", "Ridge Road");

    private Personas() {
    }

    /**
     * How many synthetic learners get distinct names and birthdays: every combination of given name, family name
     * and day of the year. The hub sends a new learner with the same name and birth date as a known one to an
     * admin for review, so accidental namesakes would distort the demo and the benchmarks.
     */
    static final long DISTINCT = (long) Names.GIVEN.size() * Names.FAMILY.size() * 365;

    /** A prime not dividing {@link #DISTINCT}, so {@code n -> STRIDE * n + offset} visits each slot once. */
    static final long STRIDE = 1_000_003;

    /**
     * A made-up learner: a common US name and a birthday that no other of the first {@link #DISTINCT} learners
     * shares, an email unique by its number, an age skewed young as community college students are, and a college,
     * program and home town in one of the two states.
     *
     * @param offset where the generator's seed starts the walk through name and birthday combinations
     */
    static Persona synthetic(int index, long offset, Dice dice) {
        int number = index - NAMED.size() + 1;
        long slot = Math.floorMod(STRIDE * number + offset, DISTINCT);
        int dayOfYear = (int) (slot % 365) + 1;
        String family = Names.FAMILY.get((int) (slot / 365 % Names.FAMILY.size()));
        String given = Names.GIVEN.get((int) (slot / 365 / Names.FAMILY.size()));
        String email = Names.emailPart(given) + "." + Names.emailPart(family) + "." + number + "@example.net";
        int age = 21 + (int) (34 * dice.unit() * dice.unit());
        LocalDate birthDate = LocalDate.ofYearDay(StoryTeller.AS_OF.getYear() - age, dayOfYear);
        College college = dice.pick(Places.COLLEGES);
        Places.City home = dice.chance(70) ? college.city() : dice.pick(college.state().cities());
        String street = dice.between(100, 9899) + " " + dice.pick(STREETS);
        return new Persona(index, given, family, email, birthDate, college, dice.pick(Programs.ALL), home, street);
    }

    private static Named named(int index, String given, String family, String email, LocalDate birthDate,
                               College college, Programs.Program program, String street, long storySeed) {
        return new Named(new Persona(index, given, family, email, birthDate, college, program, college.city(),
                street), storySeed);
    }
}
