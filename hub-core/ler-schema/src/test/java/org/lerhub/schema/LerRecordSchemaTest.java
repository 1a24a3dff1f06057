package org.lerhub.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the published JSON Schema and the Java types of the shared schema saying the same thing. */
class LerRecordSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode schemaJson() throws Exception {
        try (InputStream in = LerSchema.class.getClassLoader().getResourceAsStream(LerSchema.RECORD_JSON_SCHEMA)) {
            return JSON.readTree(in);
        }
    }

    @Test
    void everyRecordTypeHasADefinitionWithExactlyItsComponents() throws Exception {
        JsonNode schema = schemaJson();
        for (Class<?> type : recordTypesReachableFrom(LerRecord.class)) {
            JsonNode definition = type == LerRecord.class ? schema : schema.path("$defs").path(type.getSimpleName());
            assertThat(definition.isMissingNode()).as("$defs/%s in the JSON Schema", type.getSimpleName()).isFalse();
            Set<String> properties = new HashSet<>(definition.path("properties").propertyNames());
            Set<String> components = new HashSet<>();
            Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
            assertThat(properties).as("properties of %s", type.getSimpleName()).isEqualTo(components);
            assertThat(definition.path("additionalProperties").asBoolean(true))
                    .as("%s must not allow unknown properties", type.getSimpleName()).isFalse();
        }
    }

    @Test
    void enumsListTheSameValues() throws Exception {
        JsonNode schema = schemaJson();
        assertThat(values(schema.path("properties").path("kind"))).isEqualTo(names(RecordKind.values()));
        assertThat(values(schema.at("/$defs/Verification/properties/status"))).isEqualTo(names(VerificationStatus.values()));
        assertThat(values(schema.at("/$defs/Provenance/properties/trust"))).isEqualTo(names(TrustLevel.values()));
        assertThat(values(schema.at("/$defs/Organization/properties/type"))).isEqualTo(names(OrganizationType.values()));
        assertThat(values(schema.at("/$defs/Check/properties/outcome"))).isEqualTo(names(Check.Outcome.values()));
        assertThat(schema.at("/properties/schemaVersion/const").asString()).isEqualTo(LerSchema.VERSION);
    }

    @Test
    void aFullyPopulatedRecordValidates() throws Exception {
        Schema schema;
        try (InputStream in = LerSchema.class.getClassLoader().getResourceAsStream(LerSchema.RECORD_JSON_SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        assertThat(schema.validate(JSON.valueToTree(fullRecord()))).isEmpty();

        JsonNode unknownField = JSON.readTree(JSON.writeValueAsString(fullRecord()).replaceFirst("\\{", "{\"grade\":\"A\","));
        assertThat(schema.validate(unknownField)).as("a field the schema does not know").isNotEmpty();
    }

    static LerRecord fullRecord() {
        Identifier fice = Identifier.of("FICE", "003658");
        Organization college = new Organization("urn:pesc:FICE:003658", "Nashville State", OrganizationType.ISSUER,
                List.of(fice), "https://example.edu", "registrar@example.edu");
        return LerRecord.builder(RecordKind.EMPLOYMENT)
                .id(RecordId.of("r1")).achievementType("Certificate").title("Welder").description("MIG and TIG")
                .issuer(college)
                .subject(new Subject(LearnerId.of("l1"), new PersonName("Ada", List.of("B"), "Lovelace", "Jr", null),
                        LocalDate.of(2000, 1, 2), List.of("ada@example.org"),
                        List.of(new Identifier("emailAddress", "sha256$ab", "x", true, "salt"))))
                .dates(new Dates(LocalDate.of(2024, 5, 1), Instant.parse("2024-05-01T00:00:00Z"),
                        Instant.parse("2029-05-01T00:00:00Z"), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 4, 30)))
                .course(new Course("WELD 101", "WELD", "101", new Term("2023-09", "Fall 2023", "Semester",
                        LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 15)), BigDecimal.valueOf(3),
                        BigDecimal.valueOf(3), "SemesterHours", "Regular", "LowerDivision", "48.0508", "Elsewhere CC"))
                .employment(new Employment(Organization.named("Acme", OrganizationType.EMPLOYER), "Welder",
                        LocalDate.of(2024, 6, 1), null, true, "Nashville, TN", "Employee",
                        List.of(new Earnings(new BigDecimal("52000.00"), "USD", "ANNUAL", LocalDate.of(2024, 6, 1),
                                LocalDate.of(2025, 5, 31)))))
                .result(new Result("A", "A-F", new BigDecimal("3.85"), BigDecimal.TEN, BigDecimal.TEN,
                        new BigDecimal("38.5"), "95", "Completed"))
                .skill(new Skill("Welding", "O*NET", "51-4121.00", "https://www.onetonline.org/link/summary/51-4121.00"))
                .evidence(new Evidence("https://example.org/portfolio", "Portfolio", "Weld samples", "Passed", "Portfolio"))
                .creditRecommendation(new CreditRecommendation(BigDecimal.valueOf(3), "Lower division", "Welding", "ACE"))
                .relation(new Relation("isChildOf", "AcademicRecord[1]/AcademicAward[1]"))
                .provenance(new Provenance("tn-sis", "tn", "pesc-college-transcript", DocumentId.of("d1"),
                        "0".repeat(64), Instant.parse("2024-05-02T10:00:00Z"), TrustLevel.TRANSPORT_AUTHENTICATED,
                        "AcademicRecord[1]"))
                .verification(new Verification(VerificationStatus.NO_PROOF, false,
                        List.of(new Check("proof", Check.Outcome.SKIPPED, "no proof")), Instant.parse("2024-05-02T10:00:01Z")))
                .extension("CourseRepeatCode", "Repeated")
                .build();
    }

    private static Set<Class<?>> recordTypesReachableFrom(Class<?> root) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!type.isRecord() || type.getPackage() != LerRecord.class.getPackage() || isTypedId(type) || !seen.add(type)) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                todo.push(component.getType());
                Type generic = component.getGenericType();
                if (generic instanceof ParameterizedType parameterized) {
                    for (Type argument : parameterized.getActualTypeArguments()) {
                        if (argument instanceof Class<?> c) {
                            todo.push(c);
                        }
                    }
                }
            }
        }
        return seen;
    }

    private static boolean isTypedId(Class<?> type) {
        return type.getRecordComponents().length == 1 && type.getSimpleName().endsWith("Id");
    }

    private static List<String> values(JsonNode enumSchema) {
        List<String> out = new ArrayList<>();
        enumSchema.path("enum").forEach(v -> out.add(v.asString()));
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
