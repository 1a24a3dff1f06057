package org.lerhub.connectors.filedrop;

import java.io.File;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.lerhub.engine.verification.DetachedSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For a connector whose sender signs its files: a file is taken once its {@code <name>.sig} is beside it, so that
 * a signature written a moment after its file is not missed. One whose signature has not come within the wait is
 * taken without it, and the pipeline quarantines it as {@code INVALID} with the reason, rather than leaving it in
 * the inbox where nobody would see it.
 */
final class SignedFileFilter implements GenericFileFilter<File> {

    private static final Logger log = LoggerFactory.getLogger(SignedFileFilter.class);

    private final Duration wait;
    /** The file system's clock, which dates the files, not the hub's (tests may fix that one). */
    private final Clock clock;

    SignedFileFilter(Duration wait, Clock clock) {
        this.wait = wait;
        this.clock = clock;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory() || Files.exists(signatureOf(file.getFile()).toPath())) {
            return true;
        }
        boolean waitedLongEnough = clock.millis() - file.getLastModified() >= wait.toMillis();
        if (waitedLongEnough) {
            log.warn("{} came without {} within {}: it is taken without a detached signature", file.getFileName(),
                    file.getFileNameOnly() + DetachedSignature.FILE_SUFFIX, wait);
        }
        return waitedLongEnough;
    }

    static File signatureOf(File file) {
        return new File(file.getPath() + DetachedSignature.FILE_SUFFIX);
    }
}
