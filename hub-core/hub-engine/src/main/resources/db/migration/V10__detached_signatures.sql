-- The sender's detached signature that came with a document (a .sig file, a request header), kept beside the
-- original so that replay and re-verification check it again. Per document, not per original: two agencies may
-- receive the same bytes through different connectors.
alter table documents add column detached_signature ${binary};
