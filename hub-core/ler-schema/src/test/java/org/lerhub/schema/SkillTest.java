package org.lerhub.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Skills from any format come out in one form: one framework name, the code a link carries, one entry per skill. */
class SkillTest {

    @Test
    void knownFrameworksAreRecognizedByNameOrLinkAndGiveTheirCode() {
        assertThat(new Skill("Welders", "ONET-SOC 2019", null, "https://www.onetonline.org/link/summary/51-4121.00"))
                .isEqualTo(new Skill("Welders", "O*NET", "51-4121.00",
                        "https://www.onetonline.org/link/summary/51-4121.00"));
        assertThat(new Skill("Teamwork", null, null,
                "http://data.europa.eu/esco/skill/0f27ba3a-5a7b-4b49-8b1b-6e1f04c2b7e5"))
                .extracting(Skill::framework, Skill::code)
                .containsExactly("ESCO", "0f27ba3a-5a7b-4b49-8b1b-6e1f04c2b7e5");
        assertThat(new Skill("Python", "Lightcast Open Skills", "KS125LS6N7WP4S6SFTCK", null).framework())
                .isEqualTo("Lightcast");
        assertThat(new Skill("Requirements Analysis", null, null,
                "https://credentialengineregistry.org/resources/ce-98cb027b-95ef-4494-908d-6f7790ec6b6b"))
                .extracting(Skill::framework, Skill::code)
                .containsExactly("CTDL", "ce-98cb027b-95ef-4494-908d-6f7790ec6b6b");
        assertThat(new Skill("Fractions", null, null,
                "https://case.example.edu/ims/case/v1p0/CFItems/6b2d9a44-1a3e-11e9-9c5b-0242ac120002"))
                .extracting(Skill::framework, Skill::code)
                .containsExactly("CASE", "6b2d9a44-1a3e-11e9-9c5b-0242ac120002");
    }

    @Test
    void otherFrameworksAndCodesAreKeptAsWritten() {
        Skill catalog = new Skill("Project", "1EdTech University Program and Course Catalog", "project",
                "https://1edtech.edu/catalog/degree/project");

        assertThat(catalog.framework()).isEqualTo("1EdTech University Program and Course Catalog");
        assertThat(catalog.code()).isEqualTo("project");
        assertThat(new Skill("Use case modelling", "Showcase skills", null, null).framework())
                .as("'case' inside another framework's name is not CASE").isEqualTo("Showcase skills");
    }

    @Test
    void labelsAreCleanedOfSpacingAndUnicodeVariants() {
        assertThat(Skill.labelled("  Project\u00a0 Management\n").label()).isEqualTo("Project Management");
        assertThat(Skill.labelled("ﬁnance").label()).isEqualTo("finance");
        assertThat(Skill.labelled("   ").label()).isNull();
    }

    @Test
    void oneEntryPerSkillAndACodedEntryAbsorbsThePlainLabel() {
        Skill onet = new Skill("Welding", "O*NET", "51-4121.00", null);
        List<Skill> skills = Skill.distinct(List.of(Skill.labelled("welding"), Skill.labelled("Blueprints"), onet,
                new Skill("Welders", "ONET", "51-4121.00", null), Skill.labelled("BLUEPRINTS")));

        assertThat(skills).containsExactly(onet, Skill.labelled("Blueprints"));
        assertThat(LerRecord.builder(RecordKind.ACHIEVEMENT).title("t")
                .skills(List.of(Skill.labelled("Welding"), Skill.labelled(" welding "))).build().skills())
                .containsExactly(Skill.labelled("Welding"));
    }
}
