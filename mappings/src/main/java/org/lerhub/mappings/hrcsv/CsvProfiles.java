package org.lerhub.mappings.hrcsv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.lerhub.mapping.MappingException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where the HR CSV mapper finds a profile by its name: {@code <name>.yaml} in the operator's profile directory, if
 * there is one, else among the profiles this module ships ({@code hr-csv-profiles/} on the classpath). An agency adds
 * or adjusts a profile by dropping a YAML file in the directory; it is read on each use, so no restart is needed.
 * Thread-safe.
 */
public final class CsvProfiles {

    /** The profile used when a document names none: common header names, delimiter and encoding from the file. */
    public static final String DEFAULT = "auto";

    /** The system property, or else environment variable, naming the operator's profile directory. */
    public static final String DIRECTORY_PROPERTY = "ler.hr-csv.profiles-dir";
    public static final String DIRECTORY_VARIABLE = "LER_HR_CSV_PROFILES_DIR";

    private static final String BUNDLED = "hr-csv-profiles/";
    /** A name is a file name, never a path: {@code profile=../../secrets} finds nothing. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            // a misspelt key must not be silently ignored: the column would just never be mapped
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path directory;
    private final Map<String, CsvProfile> bundled = new ConcurrentHashMap<>();

    /** @param directory the operator's profile directory, or null for the shipped profiles only */
    public CsvProfiles(Path directory) {
        this.directory = directory;
    }

    /** The shipped profiles and those in the directory the system property or environment names, if any. */
    public static CsvProfiles standard() {
        String directory = System.getProperty(DIRECTORY_PROPERTY, System.getenv(DIRECTORY_VARIABLE));
        return new CsvProfiles(directory == null || directory.isBlank() ? null : Path.of(directory));
    }

    /**
     * The profile of that name, or empty when there is none.
     *
     * @throws MappingException when the profile's file cannot be read or is not a valid profile
     */
    Optional<CsvProfile> find(String name) throws MappingException {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory == null ? null : directory.resolve(name + ".yaml");
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return Optional.of(parse(name, in, file.toString()));
            } catch (IOException e) {
                throw new MappingException("the HR CSV profile " + file + " cannot be read: " + e.getMessage(), e);
            }
        }
        CsvProfile shipped = bundled.get(name);
        if (shipped == null) {
            shipped = loadBundled(name);
            if (shipped != null) {
                bundled.putIfAbsent(name, shipped);
            }
        }
        return Optional.ofNullable(shipped);
    }

    /** The default profile, which is always there. */
    CsvProfile standardProfile() {
        try {
            return find(DEFAULT).orElseThrow(() -> new IllegalStateException("the " + DEFAULT + " profile is missing"));
        } catch (MappingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static CsvProfile loadBundled(String name) throws MappingException {
        String resource = BUNDLED + name + ".yaml";
        try (InputStream in = CsvProfiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : parse(name, in, resource);
        } catch (IOException e) {
            throw new MappingException("the HR CSV profile " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static CsvProfile parse(String name, InputStream in, String where) throws MappingException {
        try {
            ProfileFile file = YAML.readValue(in, ProfileFile.class);
            if (file == null) {
                throw new MappingException("the HR CSV profile " + where + " is empty");
            }
            return CsvProfile.of(name, file);
        } catch (JacksonException e) {
            throw new MappingException("the HR CSV profile " + where + " is not valid: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MappingException("the HR CSV profile " + where + " is not valid: " + e.getMessage(), e);
        }
    }
}
