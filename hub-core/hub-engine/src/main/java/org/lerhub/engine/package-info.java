/**
 * The hub's engine: ingest pipeline ({@code ingest}), record store ({@code store}), search index
 * ({@code search}), identity resolution ({@code identity}) and verification ({@code verification}).
 * Data flows one way: inbound document → mapper → verifier → identity → store → index.
 */
package org.lerhub.engine;
