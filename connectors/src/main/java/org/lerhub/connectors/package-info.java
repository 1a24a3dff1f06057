/**
 * Camel routes that bring documents into the hub. Routes move bytes: each hands the original and its source
 * to {@link org.lerhub.engine.ingest.IngestPipeline}; no route ever calls a mapper. A new transport is a new
 * package here and touches nothing else.
 */
package org.lerhub.connectors;
