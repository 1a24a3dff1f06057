package org.lerhub.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.lerhub.demo.LearnerStory.BadgeAward;
import org.lerhub.demo.LearnerStory.Persona;

/**
 * Synthetic learners and their documents in the real source formats: a PESC College Transcript, one to three
 * Open Badges 3.0 credentials and an HR Open LER-RS employment history each, sent by the demo agency of their
 * college's state ({@code tn} or {@code in}) through its demo connector ({@code tn-demo}, {@code in-demo}).
 *
 * <p>The first learners are always the demo learners of API.md, Alice and Bob, whose documents are the same
 * whatever the seed. Then come made-up learners, each told from its own random stream derived from the seed and
 * the learner's position, so the same seed gives byte-identical output and the first {@code n} learners are the
 * same whether {@code n} or {@code 100 * n} are asked for. Everything is generated lazily, one learner at a
 * time: streaming a hundred thousand learners holds one learner's documents in memory, and a parallel stream
 * generates learners concurrently (still in order for {@code forEachOrdered}).
 *
 * <p>Each learner's transcript comes first: it names them by plain email, so the hub knows the learner before
 * a badge names them by a hashed one.
 */
public final class DemoDataGenerator {

    private static final String XML = "application/xml";
    private static final String JSON = "application/json";

    private final long seedBase;
    private final long nameOffset;

    public DemoDataGenerator(long seed) {
        // SplittableRandom's values are bijective mixes of the seed, so neighbouring seeds start far apart and
        // learner i of one seed does not replay learner i+1 of another
        SplittableRandom random = new SplittableRandom(seed);
        this.seedBase = random.nextLong();
        this.nameOffset = Math.floorMod(random.nextLong(), Personas.DISTINCT);
    }

    /** The fixed demo learners of API.md, Alice and Bob, in the order they lead every generated sequence. */
    public static List<DemoLearner> namedLearners() {
        return Personas.NAMED.stream().map(named -> named.persona().toDemoLearner()).toList();
    }

    /** The first {@code count} learners, without generating their documents. */
    public Stream<DemoLearner> learners(int count) {
        return indexes(count).mapToObj(index -> persona(index).toDemoLearner());
    }

    /** The documents of the first {@code learnerCount} learners, learner by learner. */
    public Stream<GeneratedDocument> documents(int learnerCount) {
        return indexes(learnerCount).mapToObj(this::story).flatMap(story -> documents(story).stream());
    }

    private static IntStream indexes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("learner count must not be negative: " + count);
        }
        return IntStream.range(0, count);
    }

    private Persona persona(int index) {
        return index < Personas.NAMED.size() ? Personas.NAMED.get(index).persona()
                : Personas.synthetic(index, nameOffset, dice(index));
    }

    private LearnerStory story(int index) {
        if (index < Personas.NAMED.size()) {
            Personas.Named named = Personas.NAMED.get(index);
            return StoryTeller.tell(named.persona(), new Dice(named.storySeed()), true);
        }
        Dice dice = dice(index);
        return StoryTeller.tell(Personas.synthetic(index, nameOffset, dice), dice, false);
    }

    private Dice dice(int index) {
        return new Dice(seedBase + index);
    }

    private static List<GeneratedDocument> documents(LearnerStory story) {
        Persona persona = story.persona();
        String agency = persona.college().state().agencyId();
        String connector = agency + "-demo";
        String email = persona.email();
        List<GeneratedDocument> documents = new ArrayList<>();
        documents.add(new GeneratedDocument(agency, connector, GeneratedDocument.PESC_COLLEGE_TRANSCRIPT, XML,
                persona.slug() + "-transcript.xml", PescTranscriptWriter.write(story), email));
        int number = 0;
        for (BadgeAward badge : story.badges()) {
            documents.add(new GeneratedDocument(agency, connector, GeneratedDocument.OPEN_BADGES_3, JSON,
                    persona.slug() + "-badge-" + ++number + ".json", OpenBadgeWriter.write(email, badge), email));
        }
        documents.add(new GeneratedDocument(agency, connector, GeneratedDocument.LER_RS, JSON,
                persona.slug() + "-employment.json", LerRsWriter.write(story), email));
        return documents;
    }
}
