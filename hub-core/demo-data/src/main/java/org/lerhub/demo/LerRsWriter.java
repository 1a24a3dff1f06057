package org.lerhub.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lerhub.demo.Employers.Employer;
import org.lerhub.demo.LearnerStory.ClaimedSkill;
import org.lerhub.demo.LearnerStory.Job;
import org.lerhub.demo.LearnerStory.Persona;
import org.lerhub.demo.LearnerStory.Position;
import org.lerhub.demo.Places.City;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A learner's work history as an HR Open LER-RS 4.5 résumé: the credential subject of the HR Open samples, without
 * the VC wrapper, as an HR system or résumé builder exports it. Everything in it is self-asserted.
 */
final class LerRsWriter {

    static final String TYPE = "http://schema.hropenstandards.org/4.5/recruiting/json/LER-RSType.json";

    private LerRsWriter() {
    }

    static byte[] write(LearnerStory story) {
        Persona persona = story.persona();
        boolean monthPrecision = story.resume().monthPrecision();
        ObjectNode resume = JsonText.object();
        resume.put("type", TYPE);
        resume.putObject("documentId").put("value", story.resume().documentId().toString());
        ObjectNode name = resume.putObject("person").putObject("name");
        name.put("formattedName", persona.givenName() + " " + persona.familyName());
        name.put("given", persona.givenName());
        name.put("family", persona.familyName());

        ObjectNode communication = resume.putObject("communication");
        ObjectNode address = communication.putArray("address").addObject();
        address.put("line", persona.street());
        location(address, persona.home());
        address.put("postalCode", persona.home().postalCode());
        address.put("useCode", "ResidenceAddress");
        ObjectNode email = communication.putArray("email").addObject();
        email.put("useCode", "private");
        email.put("address", persona.email());

        // a résumé lists the latest job first, and the latest position within it; back-to-back stints with one
        // employer (a student job that became a career) read as one history
        ArrayNode histories = resume.putArray("employmentHistories");
        Employer previous = null;
        ArrayNode positions = null;
        for (Job job : latestFirst(story.jobs())) {
            if (!job.employer().equals(previous)) {
                ObjectNode history = histories.addObject();
                ObjectNode organization = history.putObject("organization");
                organization.put("name", job.employer().name());
                organization.put("domainName", "dns:" + job.employer().host());
                positions = history.putArray("positionHistories");
                previous = job.employer();
            }
            for (Position position : latestFirst(job.positions())) {
                position(positions.addObject(), position, monthPrecision);
            }
        }
        ArrayNode skills = resume.putArray("skills");
        for (ClaimedSkill skill : story.resume().skills()) {
            skills.addObject().put("name", skill.name()).put("yearsOfExperience", skill.yearsOfExperience());
        }
        return JsonText.bytes(resume);
    }

    private static void position(ObjectNode json, Position position, boolean monthPrecision) {
        json.put("title", position.title());
        location(json.putObject("location"), position.city());
        json.put("resourceRelationshipCode", position.relationship());
        json.set("descriptions", JsonText.strings(position.duties().toArray(String[]::new)));
        json.put("start", date(position.start(), monthPrecision));
        if (position.end() != null) {
            json.put("end", date(position.end(), monthPrecision));
        }
        json.put("current", position.end() == null);
    }

    private static ObjectNode location(ObjectNode json, City city) {
        json.put("city", city.name());
        json.put("countryCode", "US");
        json.putArray("countrySubDivisions").addObject().put("type", "state").put("value", city.stateCode());
        return json;
    }

    private static String date(LocalDate date, boolean monthPrecision) {
        return monthPrecision ? date.toString().substring(0, 7) : date.toString();
    }

    private static <T> List<T> latestFirst(List<T> chronological) {
        List<T> copy = new ArrayList<>(chronological);
        Collections.reverse(copy);
        return copy;
    }
}
