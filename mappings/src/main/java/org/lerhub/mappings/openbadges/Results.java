package org.lerhub.mappings.openbadges;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.lerhub.mappings.json.JsonFields;
import org.lerhub.mappings.json.TrackedObject;
import org.lerhub.schema.Result;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The subject's {@code result[]} and {@code creditsEarned} as a {@link Result}.
 *
 * <p>The shared schema holds one result, so the first one fills it; the others stay whole in the
 * extensions. What a result's {@code value} means depends on the {@code resultType} of the
 * {@code ResultDescription} it points to on the achievement: a GPA, a score, or (for letter grades and
 * when the credential does not say) a grade, whose scale is the description's name.
 */
final class Results {

    private static final Set<String> SCORE_TYPES =
            Set.of("Percent", "PerformanceLevel", "PredictedScore", "RawScore", "RubricScore", "ScaledScore");

    private Results() {
    }

    /** The result, or null when the subject reports neither a result nor credits. */
    static Result result(List<TrackedObject> results, BigDecimal creditsEarned, TrackedObject achievement) {
        if (results.isEmpty()) {
            return creditsEarned == null ? null : new Result(null, null, null, null, creditsEarned, null, null, null);
        }
        TrackedObject first = results.get(0);
        first.impliedType("Result");
        JsonNode description = byId(achievement.peek("resultDescription"), JsonFields.text(first.peek("resultDescription")));
        if (!description.isMissingNode()) {
            first.markRead("resultDescription"); // its name becomes the grade scale
        }
        String resultType = JsonFields.text(description.get("resultType"));
        String grade = null;
        String score = null;
        BigDecimal gpa = null;
        if ("GradePointAverage".equals(resultType)) {
            gpa = first.decimal("value");
        } else if (resultType != null && SCORE_TYPES.contains(resultType)) {
            score = first.text("value");
        } else {
            grade = first.text("value");
        }
        String gradeScale = grade != null || gpa != null ? JsonFields.text(description.get("name")) : null;
        if (score == null && first.has("achievedLevel")) {
            String level = first.text("achievedLevel");
            score = levelName(description, level);
        }
        return new Result(grade, gradeScale, gpa, null, creditsEarned, null, score, first.text("status"));
    }

    /** The name of the rubric level a result achieved, or the level's id when the description does not list it. */
    private static String levelName(JsonNode description, String levelId) {
        String name = JsonFields.text(byId(description.path("rubricCriterionLevel"), levelId).get("name"));
        return name != null ? name : levelId;
    }

    private static JsonNode byId(JsonNode candidates, String id) {
        if (id != null) {
            for (JsonNode candidate : JsonFields.items(candidates)) {
                if (id.equals(JsonFields.text(candidate.get("id")))) {
                    return candidate;
                }
            }
        }
        return MissingNode.getInstance();
    }
}
