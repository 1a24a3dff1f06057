package org.lerhub.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The indices the hub owns on the cluster: the versioned template {@code <alias>-v1} with the mappings, the
 * concrete indices {@code <alias>-v1-<timestamp>} it applies to, and the alias searches and writes go through.
 * A new mapping version gets a new template and index name; the alias then moves to a rebuilt index.
 */
final class RecordsIndexLayout {

    /** Bump with every change of the mappings or analysis below. */
    static final int VERSION = 1;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final ElasticsearchClient client;
    private final String alias;
    private final int shards;
    private final int replicas;

    RecordsIndexLayout(ElasticsearchClient client, String alias, int shards, int replicas) {
        this.client = client;
        this.alias = alias;
        this.shards = shards;
        this.replicas = replicas;
    }

    String alias() {
        return alias;
    }

    private String prefix() {
        return alias + "-v" + VERSION + "-";
    }

    /**
     * Puts the template and, when the alias is missing or points at an index of another mapping version, a
     * fresh empty index behind it. Returns whether it made a new index (the store must then be indexed again;
     * the indexer notices the count is off).
     */
    boolean prepare() {
        call(() -> client.indices().putIndexTemplate(t -> t.name(alias + "-v" + VERSION)
                .indexPatterns(prefix() + "*")
                .meta(Map.of("owner", JsonData.of("ler-hub"), "version", JsonData.of(VERSION)))
                .template(template -> template
                        .settings(s -> s.numberOfShards(String.valueOf(shards))
                                .numberOfReplicas(String.valueOf(replicas))
                                // erasure expunges deleted entries however few there are
                                .otherSettings("index.merge.policy.expunge_deletes_allowed", JsonData.of(0)))
                        .mappings(mappings()))));
        List<String> current = indicesBehindAlias();
        if (current.size() == 1 && current.get(0).startsWith(prefix())) {
            return false;
        }
        String fresh = createIndex();
        moveAlias(current, fresh);
        return true;
    }

    /** A new, empty index of this version, not yet behind the alias. */
    String createIndex() {
        while (true) {
            String name = prefix() + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
            try {
                call(() -> client.indices().create(c -> c.index(name)));
                return name;
            } catch (ElasticsearchException e) {
                // two indices made within one millisecond: take the next one
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
    }

    /** Points the alias at {@code target} alone, in one atomic step, then drops the indices it left. */
    void moveAlias(List<String> from, String target) {
        call(() -> client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(target).alias(alias).isWriteIndex(true)));
            from.forEach(old -> u.actions(a -> a.remove(remove -> remove.index(old).alias(alias))));
            return u;
        }));
        from.forEach(this::deleteIndex);
    }

    List<String> indicesBehindAlias() {
        try {
            return List.copyOf(client.indices().getAlias(a -> a.name(alias)).result().keySet());
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the alias " + alias, e);
        }
    }

    void deleteIndex(String index) {
        call(() -> client.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
    }

    private static TypeMapping mappings() {
        Property keyword = Property.of(p -> p.keyword(k -> k));
        Property text = Property.of(p -> p.text(t -> t.analyzer("standard")));
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties("id", keyword)
                .properties("learner", keyword)
                .properties("agency", keyword)
                .properties("kind", keyword)
                .properties("verification", keyword)
                .properties("issuer", keyword)
                .properties("issuer_key", keyword)
                .properties("skill", keyword)
                .properties("skill_key", keyword)
                // a full release searches all text, a skills summary only titles and skills
                .properties("text", text)
                .properties("summary_text", text)
                // employer|expiry terms of the grants that release the record (see Release)
                .properties("release", keyword)
                .properties("release_full", keyword)
                .properties("date", Property.of(p -> p.date(d -> d.format("strict_date")))));
    }

    interface Call {
        void run() throws IOException;
    }

    static void call(Call call) {
        try {
            call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer", e);
        }
    }
}
