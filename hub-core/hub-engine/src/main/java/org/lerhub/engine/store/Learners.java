package org.lerhub.engine.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lerhub.schema.Identifier;
import org.lerhub.schema.LearnerId;
import org.lerhub.schema.PersonName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Learners and the emails and identifiers that link documents to them. */
@Repository
public class Learners {

    private final JdbcClient jdbc;

    public Learners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Emails are compared case-insensitively, as mail systems do for the addresses people type. */
    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public LearnerId create(PersonName name, LocalDate birthDate, Instant now) {
        LearnerId id = LearnerId.random();
        jdbc.sql("insert into learners (id, display_name, given_name, family_name, birth_date, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(id.value(), name == null ? null : name.display(), name == null ? null : name.given(),
                        name == null ? null : name.family(), birthDate == null ? null : Date.valueOf(birthDate),
                        Timestamp.from(now))
                .update();
        return id;
    }

    public void addEmail(LearnerId learner, String email) {
        jdbc.sql("insert into learner_emails (email, learner_id) values (?, ?)")
                .params(normalizeEmail(email), learner.value()).update();
    }

    public void addIdentifier(LearnerId learner, Identifier identifier) {
        jdbc.sql("insert into learner_identifiers (id_system, id_type, id_value, learner_id) values (?, ?, ?, ?)")
                .params(systemOf(identifier), identifier.type(), identifier.value(), learner.value()).update();
    }

    public Optional<LearnerId> byEmail(String email) {
        return jdbc.sql("select learner_id from learner_emails where email = ?").param(normalizeEmail(email))
                .query((rs, n) -> LearnerId.of(rs.getString(1))).optional();
    }

    public Optional<LearnerId> byIdentifier(Identifier identifier) {
        return jdbc.sql("select learner_id from learner_identifiers where id_system = ? and id_type = ? and id_value = ?")
                .params(systemOf(identifier), identifier.type(), identifier.value())
                .query((rs, n) -> LearnerId.of(rs.getString(1))).optional();
    }

    /** Learners with this name (case-insensitive) and birth date: candidates a person must decide about. */
    public List<LearnerId> byNameAndBirthDate(String given, String family, LocalDate birthDate) {
        if (given == null || family == null) {
            return List.of();
        }
        return jdbc.sql("select id from learners where lower(given_name) = ? and lower(family_name) = ? and birth_date = ?")
                .params(given.toLowerCase(Locale.ROOT), family.toLowerCase(Locale.ROOT), Date.valueOf(birthDate))
                .query((rs, n) -> LearnerId.of(rs.getString(1))).list();
    }

    /** Every known email with its learner, for matching salted hashes that cannot be looked up directly. */
    public List<EmailOwner> emails() {
        return jdbc.sql("select email, learner_id from learner_emails")
                .query((rs, n) -> new EmailOwner(rs.getString(1), LearnerId.of(rs.getString(2)))).list();
    }

    public record EmailOwner(String email, LearnerId learner) {
    }

    public Optional<LearnerSummary> find(LearnerId id) {
        return jdbc.sql("select id, display_name from learners where id = ?").param(id.value())
                .query(Learners::summary).optional();
    }

    public List<String> emailsOf(LearnerId id) {
        return jdbc.sql("select email from learner_emails where learner_id = ? order by email").param(id.value())
                .query(String.class).list();
    }

    public void delete(LearnerId id) {
        jdbc.sql("delete from learners where id = ?").param(id.value()).update();
    }

    /** A learner as lists and audit entries show them. */
    public record LearnerSummary(LearnerId id, String displayName) {
    }

    private static LearnerSummary summary(ResultSet rs, int n) throws SQLException {
        return new LearnerSummary(LearnerId.of(rs.getString(1)), rs.getString(2));
    }

    private static String systemOf(Identifier identifier) {
        return identifier.system() == null ? "" : identifier.system();
    }
}
