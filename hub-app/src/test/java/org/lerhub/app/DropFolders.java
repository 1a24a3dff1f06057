package org.lerhub.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What a file route left in a drop folder (local or an SFTP server's): files done, failed and still waiting. */
final class DropFolders {

    private DropFolders() {
    }

    static long processed(Path folder) throws IOException {
        return count(folder.resolve(".done")) + count(folder.resolve(".failed"));
    }

    static long waiting(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static long count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
