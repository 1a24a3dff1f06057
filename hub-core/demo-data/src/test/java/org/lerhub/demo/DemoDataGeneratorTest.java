package org.lerhub.demo;

import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoDataGeneratorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LEARNERS = 300;
    /** One generated sample shared by the format tests: the first {@link #LEARNERS} learners of seed 7. */
    private static List<GeneratedDocument> sample;

    @BeforeAll
    static void generateSample() {
        sample = new DemoDataGenerator(7).documents(LEARNERS).toList();
    }

    @Nested
    class Determinism {

        @Test
        void theSameSeedGivesTheSameBytes() {
            assertThat(new DemoDataGenerator(7).documents(LEARNERS).toList()).isEqualTo(sample);
        }

        @Test
        void aDifferentSeedGivesDifferentLearnersButTheSameAliceAndBob() {
            List<GeneratedDocument> other = new DemoDataGenerator(8).documents(LEARNERS).toList();

            assertThat(emails(other)).isNotEqualTo(emails(sample));
            assertThat(documentsOf("alice@example.org", other)).isEqualTo(documentsOf("alice@example.org", sample));
            assertThat(documentsOf("bob@example.org", other)).isEqualTo(documentsOf("bob@example.org", sample));
        }

        @Test
        void fewerLearnersAreAPrefixOfMore() {
            List<GeneratedDocument> fewer = new DemoDataGenerator(7).documents(20).toList();

            assertThat(sample.subList(0, fewer.size())).isEqualTo(fewer);
        }

        @Test
        void aParallelStreamGivesTheSameDocumentsInTheSameOrder() {
            assertThat(new DemoDataGenerator(7).documents(LEARNERS).parallel().toList()).isEqualTo(sample);
        }
    }

    @Nested
    class Learners {

        @Test
        void aliceAndBobOfApiMdAlwaysComeFirst() {
            assertThat(DemoDataGenerator.namedLearners()).extracting(DemoLearner::email)
                    .containsExactly("alice@example.org", "bob@example.org");
            assertThat(new DemoDataGenerator(123).learners(4).limit(2).toList())
                    .isEqualTo(DemoDataGenerator.namedLearners());
            assertThat(sample.stream().map(GeneratedDocument::learnerEmail).distinct().limit(2))
                    .containsExactly("alice@example.org", "bob@example.org");
        }

        @Test
        void syntheticLearnersHaveUniqueNumberedEmailsAtExampleNet() {
            List<DemoLearner> learners = new DemoDataGenerator(7).learners(LEARNERS).toList();

            assertThat(learners.stream().map(DemoLearner::email).distinct()).hasSize(LEARNERS);
            assertThat(learners.subList(2, LEARNERS)).allSatisfy(learner -> {
                assertThat(learner.email()).matches("[a-z]+\\.[a-z]+\\.\\d+@example\\.net");
                assertThat(learner.birthDate()).isBetween(LocalDate.of(1965, 1, 1), LocalDate.of(2005, 1, 1));
                assertThat(learner.agencyId()).isIn("tn", "in");
            });
            assertThat(learners).extracting(DemoLearner::index).containsExactlyElementsOf(
                    IntStream.range(0, LEARNERS).boxed().toList());
        }

        @Test
        void noTwoLearnersShareANameAndABirthDate() {
            // the hub sends a new learner who shares both with a known one to review instead of linking
            assertThat(BigInteger.valueOf(Personas.STRIDE).gcd(BigInteger.valueOf(Personas.DISTINCT)))
                    .isEqualTo(BigInteger.ONE);
            assertThat(new DemoDataGenerator(7).learners(20_000)
                    .map(learner -> learner.givenName() + " " + learner.familyName() + " " + learner.birthDate())
                    .distinct()).hasSize(20_000);
        }

        @Test
        void learnersAgreeWithTheirDocuments() {
            List<DemoLearner> learners = new DemoDataGenerator(7).learners(LEARNERS).toList();

            assertThat(learners).extracting(DemoLearner::email).containsExactlyElementsOf(emails(sample));
        }

        @Test
        void eachLearnerHasATranscriptFirstThenOneToThreeBadgesThenAnEmploymentHistory() {
            Map<String, List<GeneratedDocument>> byLearner = sample.stream()
                    .collect(groupingBy(GeneratedDocument::learnerEmail, LinkedHashMap::new, Collectors.toList()));

            assertThat(byLearner).hasSize(LEARNERS);
            assertThat(byLearner.values()).allSatisfy(documents -> {
                assertThat(documents.get(0).formatId()).isEqualTo(GeneratedDocument.PESC_COLLEGE_TRANSCRIPT);
                assertThat(documents.get(documents.size() - 1).formatId()).isEqualTo(GeneratedDocument.LER_RS);
                assertThat(documents.subList(1, documents.size() - 1)).hasSizeBetween(1, 3)
                        .allSatisfy(badge -> assertThat(badge.formatId()).isEqualTo(GeneratedDocument.OPEN_BADGES_3));
                assertThat(documents).extracting(GeneratedDocument::agencyId).containsOnly(documents.get(0).agencyId());
            });
        }

        @Test
        void documentsComeFromTheDemoAgenciesThroughTheirDemoConnectors() {
            assertThat(sample).allSatisfy(document -> {
                assertThat(document.agencyId()).isIn("tn", "in");
                assertThat(document.connectorId()).isEqualTo(document.agencyId() + "-demo");
            });
            assertThat(sample).extracting(GeneratedDocument::agencyId).contains("tn", "in");
            assertThat(sample.stream().map(GeneratedDocument::fileName).distinct()).hasSize(sample.size());
        }
    }

    @Nested
    class PescTranscripts {

        private final DocumentBuilder parser = secureParser();

        @Test
        void areWellFormedValidCollegeTranscriptsThatNameTheLearnerByEmail() throws Exception {
            Validator validator = collegeTranscriptSchema().newValidator();
            for (GeneratedDocument document : ofFormat(GeneratedDocument.PESC_COLLEGE_TRANSCRIPT)) {
                Document xml = parser.parse(new ByteArrayInputStream(document.content()));

                assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(PescTranscriptWriter.NAMESPACE);
                assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("CollegeTranscript");
                assertThat(text(xml, "EmailAddress")).as(document.fileName()).isEqualTo(document.learnerEmail());
                validator.validate(new DOMSource(xml));
            }
        }

        @Test
        void escapeTheCharactersXmlReserves() throws Exception {
            // the Nursing catalog has "Nursing Leadership & Transition to Practice"; O'Brien and O'Neal are names
            String nursing = ofFormat(GeneratedDocument.PESC_COLLEGE_TRANSCRIPT).stream()
                    .map(GeneratedDocument::text)
                    .filter(text -> text.contains("Nursing Leadership"))
                    .findFirst().orElseThrow();

            assertThat(nursing).contains("Nursing Leadership &amp; Transition to Practice");
            assertThat(text(parser.parse(new ByteArrayInputStream(nursing.getBytes(StandardCharsets.UTF_8))),
                    "AcademicAwardTitle")).isNotBlank();
        }

        private static String text(Document xml, String element) {
            return xml.getElementsByTagName(element).item(0).getTextContent();
        }
    }

    @Nested
    class OpenBadges {

        @Test
        void areUnsignedOpenBadgeCredentialsWithAnAchievementAlignedToSkills() {
            for (GeneratedDocument document : ofFormat(GeneratedDocument.OPEN_BADGES_3)) {
                JsonNode credential = JSON.readTree(document.content());

                assertThat(strings(credential.get("@context"))).containsExactly("https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
                assertThat(strings(credential.get("type"))).containsExactly("VerifiableCredential",
                        "OpenBadgeCredential");
                assertThat(credential.path("id").asString()).startsWith("urn:uuid:");
                assertThat(credential.path("issuer").path("name").asString()).isNotBlank();
                assertThat(Instant.parse(credential.path("validFrom").asString()))
                        .isBefore(StoryTeller.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC));
                assertThat(credential.has("proof")).isFalse();
                JsonNode achievement = credential.path("credentialSubject").path("achievement");
                assertThat(achievement.path("achievementType").asString()).isIn("Badge", "Certificate", "License");
                assertThat(achievement.path("criteria").path("narrative").asString()).isNotBlank();
                assertThat(achievement.path("alignment").values()).isNotEmpty().allSatisfy(alignment -> {
                    assertThat(alignment.path("targetFramework").asString()).startsWith("O*NET");
                    assertThat(alignment.path("targetUrl").asString()).startsWith("https://www.onetonline.org/");
                });
            }
        }

        @Test
        void nameTheLearnerByEmailInPlainTextOrAsTheSaltedHashOfIt() throws Exception {
            List<GeneratedDocument> badges = ofFormat(GeneratedDocument.OPEN_BADGES_3);
            long hashed = 0;
            for (GeneratedDocument document : badges) {
                JsonNode identity = JSON.readTree(document.content())
                        .path("credentialSubject").path("identifier").get(0);
                assertThat(identity.path("type").asString()).isEqualTo("IdentityObject");
                assertThat(identity.path("identityType").asString()).isEqualTo("emailAddress");
                if (identity.path("hashed").booleanValue()) {
                    hashed++;
                    String salt = identity.path("salt").asString();
                    assertThat(salt).isNotBlank();
                    assertThat(identity.path("identityHash").asString())
                            .isEqualTo("sha256$" + sha256Hex(document.learnerEmail() + salt));
                } else {
                    assertThat(identity.path("identityHash").asString()).isEqualTo(document.learnerEmail());
                    assertThat(identity.has("salt")).isFalse();
                }
            }
            // "about one in three" badges is hashed
            assertThat((double) hashed / badges.size()).isBetween(0.25, 0.42);
        }
    }

    @Nested
    class LerRsResumes {

        @Test
        void areLerRsResumesOfTheLearnerWithTheirJobsAndSkills() {
            for (GeneratedDocument document : ofFormat(GeneratedDocument.LER_RS)) {
                JsonNode resume = JSON.readTree(document.content());

                assertThat(resume.path("type").asString()).isEqualTo(LerRsWriter.TYPE);
                assertThat(resume.path("person").path("name").path("formattedName").asString()).isNotBlank();
                assertThat(resume.path("communication").path("email").get(0).path("address").asString())
                        .isEqualTo(document.learnerEmail());
                assertThat(resume.path("employmentHistories").values()).isNotEmpty().allSatisfy(history -> {
                    assertThat(history.path("organization").path("name").asString()).isNotBlank();
                    assertThat(history.path("positionHistories").values()).isNotEmpty().allSatisfy(position -> {
                        assertThat(position.path("title").asString()).isNotBlank();
                        assertThat(position.path("start").asString()).matches("\\d{4}-\\d{2}(-\\d{2})?");
                        assertThat(position.path("current").booleanValue()).isEqualTo(!position.has("end"));
                    });
                });
                assertThat(resume.path("skills").values()).hasSizeBetween(3, 5);
            }
        }

        @Test
        void namesAcmeAndGlobexAmongTheEmployers() {
            Set<String> employers = ofFormat(GeneratedDocument.LER_RS).stream()
                    .flatMap(document -> JSON.readTree(document.content()).path("employmentHistories").valueStream())
                    .map(history -> history.path("organization").path("name").asString())
                    .collect(Collectors.toSet());

            assertThat(employers).contains("Acme Corp", "Globex Corporation", "Initech");
        }
    }

    @Nested
    class Streaming {

        @Test
        void streamsTenThousandLearnersOneAtATime() {
            AtomicLong documents = new AtomicLong();
            AtomicLong bytes = new AtomicLong();

            new DemoDataGenerator(1).documents(10_000).forEach(document -> {
                documents.incrementAndGet();
                bytes.addAndGet(document.content().length);
            });

            assertThat(documents.get()).isBetween(30_000L, 50_000L);
            assertThat(bytes.get()).isPositive();
        }

        @Test
        void generatesOnlyWhatIsConsumed() {
            // a generator that built its list first would never return from this
            assertThat(new DemoDataGenerator(1).documents(Integer.MAX_VALUE).limit(10).count()).isEqualTo(10);
        }

        @Test
        void refusesANegativeCount() {
            assertThatThrownBy(() -> new DemoDataGenerator(1).documents(-1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static List<GeneratedDocument> ofFormat(String formatId) {
        return sample.stream().filter(document -> document.formatId().equals(formatId)).toList();
    }

    private static List<String> emails(List<GeneratedDocument> documents) {
        return documents.stream().map(GeneratedDocument::learnerEmail).distinct().toList();
    }

    private static List<GeneratedDocument> documentsOf(String email, List<GeneratedDocument> documents) {
        return documents.stream().filter(document -> document.learnerEmail().equals(email)).toList();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String sha256Hex(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    /** A parser as the hub must configure one: no DTDs, no external entities, namespace aware. */
    private static DocumentBuilder secureParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The official CollegeTranscript 1.6.0 schema; it imports its two siblings by relative path. */
    private static Schema collegeTranscriptSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        URL schema = DemoDataGeneratorTest.class.getResource("/pesc-xsd/CollegeTranscript_v1.6.0.xsd");
        return factory.newSchema(schema);
    }
}
