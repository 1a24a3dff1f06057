package org.lerhub.engine.verification;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * RDF Dataset Canonicalization (RDFC-1.0, formerly URDNA2015) with SHA-256, producing canonical N-Quads; it
 * consumes the quads titanium-json-ld emits.
 *
 * <p>Why the hub carries this and not {@code titanium-rdfc} 2.0.0: that library disagrees with the reference
 * implementation ({@code rdf-canonize}, which issuers' signing libraries use) on about a quarter of small
 * datasets with symmetric blank nodes — among other things it keeps the blank nodes related to a node in a set
 * where the reference keeps one entry per quad (Hash N-Degree Quads, step 3). The corpus' {@code complete.json},
 * whose four endorsements carry identical proofs, shows it: its valid signature fails. {@code Rdfc10Test} pins
 * this class to the reference's output for 200 seeded random datasets and for {@code complete.json}.
 *
 * <p>The structure follows the specification's algorithms (sections 4.4, 4.6–4.8) step by step, including the
 * permutation order of the reference implementation, because any difference changes the labels. A deadline
 * bounds the work: crafted "poison" graphs make Hash N-Degree Quads exponential.
 */
final class Rdfc10 implements RdfQuadConsumer {

    /** One quad; blank nodes are {@code _:…} strings, the graph is null for the default graph. */
    private record Quad(String subject, String predicate, String object, String datatype, String language,
                        String direction, String graph) {

        String serialize(Map<String, String> relabel) {
            return NQuadsWriter.nquad(label(subject, relabel), predicate, label(object, relabel), datatype, language,
                    direction, label(graph, relabel));
        }

        private static String label(String term, Map<String, String> relabel) {
            return term != null && isBlank(term) ? relabel.get(term) : term;
        }
    }

    /** The result of Hash N-Degree Quads: the hash and the issuer with the identifiers it issued on the way. */
    private record Result(String hash, Issuer issuer) {
    }

    /** Issues identifiers with a prefix and a counter, remembering the order it issued them in. */
    private static final class Issuer {

        private final String prefix;
        private final LinkedHashMap<String, String> issued;

        Issuer(String prefix) {
            this(prefix, new LinkedHashMap<>());
        }

        private Issuer(String prefix, LinkedHashMap<String, String> issued) {
            this.prefix = prefix;
            this.issued = issued;
        }

        String issue(String existing) {
            return issued.computeIfAbsent(existing, e -> prefix + issued.size());
        }

        boolean has(String existing) {
            return issued.containsKey(existing);
        }

        String get(String existing) {
            return issued.get(existing);
        }

        Issuer copy() {
            return new Issuer(prefix, new LinkedHashMap<>(issued));
        }
    }

    private final Set<Quad> quads = new LinkedHashSet<>();
    private final Map<String, Set<Quad>> quadsOf = new LinkedHashMap<>();
    private final Map<String, String> firstDegree = new HashMap<>();
    private final Issuer canonical = new Issuer("_:c14n");
    private final MessageDigest sha256;
    private long deadline;

    Rdfc10() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @Override
    public RdfQuadConsumer quad(String subject, String predicate, String object, String datatype, String language,
                                String direction, String graph) {
        Quad quad = new Quad(subject, predicate, object, datatype, language, direction, graph);
        if (quads.add(quad)) { // a dataset is a set: a statement made twice counts once
            for (String term : new String[] {subject, object, graph}) {
                if (term != null && isBlank(term)) {
                    quadsOf.computeIfAbsent(term, t -> new LinkedHashSet<>()).add(quad);
                }
            }
        }
        return this;
    }

    /**
     * The canonical N-Quads of the quads received.
     *
     * @throws IllegalStateException when the time limit is reached
     */
    String canonicalNQuads(long timeLimitMillis) {
        deadline = System.nanoTime() + timeLimitMillis * 1_000_000;
        // 4.4.3 steps 3-5: blank nodes with a unique first-degree hash get their identifier in hash order
        TreeMap<String, List<String>> byHash = new TreeMap<>();
        for (String node : quadsOf.keySet()) {
            byHash.computeIfAbsent(hashFirstDegree(node), h -> new ArrayList<>()).add(node);
        }
        List<List<String>> shared = new ArrayList<>();
        for (List<String> nodes : byHash.values()) {
            if (nodes.size() > 1) {
                shared.add(nodes);
            } else {
                canonical.issue(nodes.get(0));
            }
        }
        // step 6: the others by Hash N-Degree Quads, group by group in hash order
        for (List<String> nodes : shared) {
            List<Result> results = new ArrayList<>();
            for (String node : nodes) {
                if (!canonical.has(node)) {
                    Issuer temporary = new Issuer("_:b");
                    temporary.issue(node);
                    results.add(hashNDegree(node, temporary));
                }
            }
            results.sort((a, b) -> a.hash().compareTo(b.hash())); // stable, as the reference's sort
            for (Result result : results) {
                result.issuer().issued.keySet().forEach(canonical::issue);
            }
        }
        // step 7: relabel, serialise, sort
        List<String> lines = new ArrayList<>(quads.size());
        for (Quad quad : quads) {
            lines.add(quad.serialize(canonical.issued));
        }
        Collections.sort(lines);
        return String.join("", lines);
    }

    /** 4.6.3 Hash First Degree Quads: the node as {@code _:a}, every other blank node as {@code _:z}. */
    private String hashFirstDegree(String node) {
        String known = firstDegree.get(node);
        if (known != null) {
            return known;
        }
        List<String> lines = new ArrayList<>();
        for (Quad quad : quadsOf.get(node)) {
            lines.add(quad.serialize(new FirstDegreeLabels(node)));
        }
        Collections.sort(lines);
        String hash = hash(String.join("", lines));
        firstDegree.put(node, hash);
        return hash;
    }

    /** 4.7.3 Hash Related Blank Node. */
    private String hashRelated(String related, Quad quad, Issuer issuer, char position) {
        String id = canonical.has(related) ? canonical.get(related)
                : issuer.has(related) ? issuer.get(related) : hashFirstDegree(related);
        return hash(position + (position == 'g' ? "" : "<" + quad.predicate() + ">") + id);
    }

    /** 4.8.3 Hash N-Degree Quads. */
    private Result hashNDegree(String node, Issuer issuer) {
        checkDeadline();
        // step 3: related blank nodes by the hash of how they relate; one entry per quad, as the reference keeps
        TreeMap<String, List<String>> hashToRelated = new TreeMap<>();
        for (Quad quad : quadsOf.get(node)) {
            relate(node, quad.subject(), quad, issuer, 's', hashToRelated);
            relate(node, quad.object(), quad, issuer, 'o', hashToRelated);
            relate(node, quad.graph(), quad, issuer, 'g', hashToRelated);
        }
        StringBuilder data = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : hashToRelated.entrySet()) {
            data.append(entry.getKey());
            String chosenPath = "";
            Issuer chosenIssuer = null;
            Permuter permuter = new Permuter(entry.getValue());
            while (permuter.hasNext()) {
                checkDeadline();
                List<String> permutation = permuter.next();
                Issuer issuerCopy = issuer.copy();
                StringBuilder path = new StringBuilder();
                List<String> recursion = new ArrayList<>();
                boolean worse = false;
                for (String related : permutation) {
                    if (canonical.has(related)) {
                        path.append(canonical.get(related));
                    } else {
                        if (!issuerCopy.has(related)) {
                            recursion.add(related);
                        }
                        path.append(issuerCopy.issue(related));
                    }
                    if (!chosenPath.isEmpty() && path.toString().compareTo(chosenPath) > 0) {
                        worse = true;
                        break;
                    }
                }
                if (worse) {
                    continue;
                }
                for (String related : recursion) {
                    Result result = hashNDegree(related, issuerCopy);
                    path.append(issuerCopy.issue(related)).append('<').append(result.hash()).append('>');
                    issuerCopy = result.issuer();
                    if (!chosenPath.isEmpty() && path.toString().compareTo(chosenPath) > 0) {
                        worse = true;
                        break;
                    }
                }
                if (worse) {
                    continue;
                }
                if (chosenPath.isEmpty() || path.toString().compareTo(chosenPath) < 0) {
                    chosenPath = path.toString();
                    chosenIssuer = issuerCopy;
                }
            }
            data.append(chosenPath);
            issuer = chosenIssuer;
        }
        return new Result(hash(data.toString()), issuer);
    }

    private void relate(String node, String term, Quad quad, Issuer issuer, char position,
                        Map<String, List<String>> hashToRelated) {
        if (term != null && isBlank(term) && !term.equals(node)) {
            hashToRelated.computeIfAbsent(hashRelated(term, quad, issuer, position), h -> new ArrayList<>()).add(term);
        }
    }

    private void checkDeadline() {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("canonicalisation time limit reached");
        }
    }

    private String hash(String text) {
        return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean isBlank(String term) {
        return term.startsWith("_:");
    }

    /** The relabelling of Hash First Degree Quads, as a map so that quads serialise one way. */
    private static final class FirstDegreeLabels extends HashMap<String, String> {

        private final String node;

        FirstDegreeLabels(String node) {
            this.node = node;
        }

        @Override
        public String get(Object blank) {
            return node.equals(blank) ? "_:a" : "_:z";
        }
    }

    /**
     * The reference implementation's permutation order (Steinhaus–Johnson–Trotter from the sorted list). Equal
     * elements share a direction and never swap, so a list of one node related through several quads yields
     * one permutation, as in the reference.
     */
    private static final class Permuter {

        private final List<String> current;
        private final Map<String, Boolean> left = new HashMap<>();
        private boolean done;

        Permuter(List<String> list) {
            current = new ArrayList<>(list);
            Collections.sort(current);
            current.forEach(element -> left.put(element, true));
        }

        boolean hasNext() {
            return !done;
        }

        List<String> next() {
            List<String> out = List.copyOf(current);
            String k = null;
            int position = 0;
            int length = current.size();
            for (int i = 0; i < length; i++) {
                String element = current.get(i);
                boolean towardsLeft = left.get(element);
                if ((k == null || element.compareTo(k) > 0)
                        && (towardsLeft && i > 0 && element.compareTo(current.get(i - 1)) > 0
                        || !towardsLeft && i < length - 1 && element.compareTo(current.get(i + 1)) > 0)) {
                    k = element;
                    position = i;
                }
            }
            if (k == null) {
                done = true;
            } else {
                int swap = left.get(k) ? position - 1 : position + 1;
                current.set(position, current.get(swap));
                current.set(swap, k);
                // every occurrence toggles, as in the reference: equal elements toggle each other back
                for (String element : current) {
                    if (element.compareTo(k) > 0) {
                        left.put(element, !left.get(element));
                    }
                }
            }
            return out;
        }
    }
}
