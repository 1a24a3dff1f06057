package org.lerhub.engine.ingest;

/** Refused before anything was stored: the sender still has the bytes and can split or compress them. */
public class DocumentTooLargeException extends RuntimeException {

    public DocumentTooLargeException(long size, long limit) {
        super("the document is " + size + " bytes; this hub accepts at most " + limit
                + " bytes per document (ler.ingest.max-document-size)");
    }

    /** For a body of unknown length, read up to one byte beyond the limit. */
    public DocumentTooLargeException(long limit) {
        super("the document is larger than " + limit + " bytes, the most this hub accepts per document"
                + " (ler.ingest.max-document-size)");
    }
}
