package org.lerhub.mappings.xml;

import org.lerhub.mapping.MappingException;

/**
 * Receives a document that {@link SafeXml#stream} reads part by part. For each element whose parent the sink
 * descended into (and for the root), the sink says whether to descend into it as well, so that its children are
 * offered one by one, or to have it built whole and handed to {@link #element}.
 */
public interface XmlSink {

    /**
     * Whether to go into this element rather than build it; called when its start tag is read.
     *
     * @param depth 0 for the root, 1 for its children…
     * @throws MappingException to stop reading, e.g. when the root is not what the sink reads
     */
    boolean descend(int depth, String name, String namespace, int line) throws MappingException;

    /** An element not descended into, whole, once its end tag is read; {@code depth} as for {@link #descend}. */
    void element(int depth, XmlElement element) throws MappingException;
}
